package org.safegrid.reports.internal.rest;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.report.ReportPeriod;
import org.safegrid.api.report.ReportUnit;
import org.safegrid.api.security.DataScope;
import org.safegrid.reports.internal.ReportService;
import org.safegrid.reports.internal.archive.ArchivePage;
import org.safegrid.reports.internal.archive.ArchiveStore;
import org.safegrid.reports.internal.archive.ArchiveSummary;
import org.safegrid.reports.internal.compose.Titles;
import org.safegrid.reports.internal.export.ReportExporter;
import org.safegrid.reports.internal.export.ReportExporter.Format;
import org.safegrid.reports.internal.view.ReportView;

/**
 * The archive: {@code GET /api/reports/archive} (the archived reports the caller may read, latest first, paged),
 * {@code GET /api/reports/archive/{id}}, {@code GET /api/reports/archive/{id}/export?format=xlsx|pdf}, and
 * {@code POST /api/reports/archive?period=2026-10} (committee and administrators: archive a month now).
 */
@Component(service = ArchiveResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("reports/archive")
public class ArchiveResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final ReportService reports;
    private final ArchiveStore archive;
    private final ReportExporter exporter;

    @Activate
    public ArchiveResource(@Reference ReportService reports, @Reference ArchiveStore archive,
            @Reference ReportExporter exporter) {
        this.reports = reports;
        this.archive = archive;
        this.exporter = exporter;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ArchivePage list(@QueryParam("page") String page, @QueryParam("size") String size,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        boolean english = Caller.english(headers);
        DataScope scope = DataScope.of(security);
        int p = number("page", page, 0, Integer.MAX_VALUE / MAX_SIZE, english);
        int s = number("size", size, DEFAULT_SIZE, MAX_SIZE, english);
        return archive.list(scope, p, s, (kind, unit, key) -> title(kind, unit, key, english));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView get(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        boolean english = Caller.english(headers);
        DataScope scope = DataScope.of(security);
        ArchiveStore.Archived archived = find(id, english);
        if (!Access.reads(scope, ReportUnit.Kind.valueOf(archived.summary().kind()), archived.summary().unit())) {
            throw Failures.forbidden(english, Failures.OTHER_ARCHIVE);
        }
        return archived.view(english);
    }

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") String id, @QueryParam("format") String format,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        boolean english = Caller.english(headers);
        Format f = Exports.format(format, english);
        ReportView view = get(id, security, headers);
        return Exports.file(exporter, view, f, english, reports.settings());
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response archive(@QueryParam("period") String period, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        boolean english = Caller.english(headers);
        DataScope scope = DataScope.of(security);
        if (!scope.all()) {
            throw Failures.forbidden(english, Failures.ARCHIVE_ONLY_COMMITTEE);
        }
        String user = Caller.user(security);
        ReportPeriod p = PeriodParams.parse(period, null, null, reports.engine().today(), english);
        if (p.granularity() != ReportPeriod.Granularity.MONTH) {
            throw Failures.badRequest("bad_period", "period", Failures.NOT_A_MONTH.format(english, p.key()));
        }
        if (!p.to().isBefore(reports.engine().today())) {
            throw Failures.badRequest("period_not_over", "period", Failures.MONTH_NOT_OVER.format(english, p.key()));
        }
        List<Long> created;
        try {
            created = reports.archiver().archive(YearMonth.from(p.from()), user);
        } catch (ArchiveStore.AlreadyArchived e) {
            throw Failures.alreadyArchived(english, p.key());
        }
        List<ArchiveSummary> summaries = new ArrayList<>();
        for (long archivedId : created) {
            archive.get(archivedId)
                    .ifPresent(a -> summaries.add(withTitle(a.summary(), (english ? a.en() : a.zh()).title())));
        }
        return Response.status(Response.Status.CREATED).entity(summaries).build();
    }

    private ArchiveStore.Archived find(String id, boolean english) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw Failures.notFound(english, Failures.ARCHIVE, id);
        }
        return archive.get(key).orElseThrow(() -> Failures.notFound(english, Failures.ARCHIVE, id));
    }

    private String title(String kind, String unit, String key, boolean english) {
        var units = reports.engine().units();
        var name = switch (ReportUnit.Kind.valueOf(kind)) {
            case TOWN -> reports.settings().townName();
            case DEPARTMENT -> units.departmentName(unit);
            case VILLAGE -> units.villageName(unit);
        };
        ReportPeriod period;
        try {
            period = ReportPeriod.parse(key);
        } catch (IllegalArgumentException e) {
            return english ? name.en() : name.zh();
        }
        var title = Titles.title(name, period);
        return english ? title.en() : title.zh();
    }

    private static ArchiveSummary withTitle(ArchiveSummary s, String title) {
        return new ArchiveSummary(s.id(), s.kind(), s.unit(), title, s.period(), s.from(), s.to(), s.generatedAt(),
                s.generatedBy());
    }

    private static int number(String name, String value, int fallback, int max, boolean english) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int min = name.equals("size") ? 1 : 0;
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw Failures.badRequest("bad_" + name, name,
                Failures.BAD_NUMBER.format(english, name, min, max, Failures.cut(value.strip())));
    }
}
