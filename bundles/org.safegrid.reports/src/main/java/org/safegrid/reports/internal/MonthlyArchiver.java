package org.safegrid.reports.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportUnit.Kind;
import org.safegrid.reports.internal.archive.ArchiveStore;
import org.safegrid.reports.internal.compose.ReportEngine;
import org.safegrid.reports.internal.model.ReportContent;
import org.safegrid.reports.internal.model.ReportContent.UnitRow;
import org.safegrid.reports.internal.view.ReportView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Archives a month: the town report and each department's report (every department of the town report's rows). The
 * scheduled job archives the previous month once the 1st of the month has passed {@code archiveHour} in the town's
 * time zone, and so also catches up a month the server was down for.
 */
public final class MonthlyArchiver {

    /** Who the scheduled job archives as. */
    public static final String SYSTEM = "system";

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyArchiver.class);

    private final ReportEngine engine;
    private final ArchiveStore archive;
    private final Settings settings;
    private final Clock clock;

    public MonthlyArchiver(ReportEngine engine, ArchiveStore archive, Settings settings, Clock clock) {
        this.engine = engine;
        this.archive = archive;
        this.settings = settings;
        this.clock = clock;
    }

    /** The month the job should have archived by now. */
    public YearMonth dueMonth() {
        ZonedDateTime now = clock.instant().atZone(settings.zone());
        YearMonth previous = YearMonth.from(now).minusMonths(1);
        if (now.getDayOfMonth() == 1 && now.getHour() < settings.archiveHour()) {
            return previous.minusMonths(1);
        }
        return previous;
    }

    /** The scheduled job: archives what is missing of the due month. */
    public List<Long> archiveDue() {
        List<Long> created = archiveMissing(dueMonth(), SYSTEM);
        if (!created.isEmpty()) {
            LOG.info("Archived {} report(s) of {}", created.size(), dueMonth());
        }
        return created;
    }

    /**
     * Archives a month on request.
     *
     * Archives what is missing of a month on request: a month whose town report was stored but one of whose
     * department reports failed can be completed this way.
     *
     * @throws ArchiveStore.AlreadyArchived when every report of the month is archived already
     */
    public List<Long> archive(YearMonth month, String user) {
        List<Long> created = archiveMissing(month, user);
        if (created.isEmpty()) {
            throw new ArchiveStore.AlreadyArchived("the reports of " + month);
        }
        return created;
    }

    /** Archives the town report and the department reports of the month that are not archived yet. */
    List<Long> archiveMissing(YearMonth month, String user) {
        ReportPeriod period = ReportPeriod.month(month);
        List<Long> created = new ArrayList<>();
        List<String> departments = new ArrayList<>();
        var town = archive.idOf(Kind.TOWN, "town", month.toString()).flatMap(archive::get);
        if (town.isPresent()) {
            town.get().zh().departments().stream().map(ReportView.UnitView::unit).forEach(departments::add);
        } else {
            ReportContent content = engine.town(period);
            content.departments().stream().map(UnitRow::code).forEach(departments::add);
            saveQuietly(content, user, created);
        }
        for (String department : departments) {
            if (!archive.exists(Kind.DEPARTMENT, department, month.toString())) {
                saveQuietly(engine.department(department, period), user, created);
            }
        }
        return created;
    }

    private void saveQuietly(ReportContent content, String user, List<Long> created) {
        try {
            created.add(archive.save(content, user));
        } catch (ArchiveStore.AlreadyArchived e) {
            LOG.debug("{}: archived meanwhile by someone else", e.getMessage());
        }
    }
}
