package org.safegrid.dept.planning.internal.project;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.AlertPublisher;
import org.safegrid.dept.planning.internal.PlanningDepartment;
import org.safegrid.dept.planning.internal.PlanningSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The office's own schedule: every few hours (setting {@code projectCheckHours}) it looks for projects still under
 * way after their planned completion and raises one alert per project through the platform's {@link AlertPublisher}.
 * A project is alerted about once, and again only after its plan or phase changes. No event says a date passed, hence
 * the schedule.
 */
@Component
public class ProjectDeadlineCheck {

    static final String CODE = "construction-project-overdue";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectDeadlineCheck.class);

    private final ProjectService projects;
    private final PlanningSettings settings;
    private final ScheduledExecutorService scheduler;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile AlertPublisher publisher;

    @Activate
    public ProjectDeadlineCheck(@Reference ProjectService projects, @Reference PlanningSettings settings) {
        this.projects = projects;
        this.settings = settings;
        this.scheduler = Executors
                .newSingleThreadScheduledExecutor(r -> new Thread(r, "safegrid-planning-project-check"));
        long hours = settings.projectCheckHours();
        scheduler.scheduleWithFixedDelay(this::runSafely, 1, TimeUnit.HOURS.toMinutes(hours), TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() throws InterruptedException {
        scheduler.shutdownNow();
        scheduler.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Stops the schedule without waiting; for tests. */
    void stopQuietly() {
        scheduler.shutdownNow();
    }

    private void runSafely() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.warn("The overdue project check failed; it runs again in {} h", settings.projectCheckHours(), e);
        }
    }

    /** Raises the alerts due now; returns how many. Nothing while no publisher is there (they wait for it). */
    int run() {
        AlertPublisher target = publisher;
        if (target == null) {
            return 0;
        }
        LocalDate today = settings.today();
        int raised = 0;
        for (ProjectDto p : projects.overdueNotAlerted(today)) {
            target.publish(PlanningDepartment.ID, p.enterpriseId(), alert(p));
            projects.markAlerted(p.id(), today);
            raised++;
        }
        if (raised > 0) {
            LOG.info("Raised {} alerts for construction projects past their planned completion", raised);
        }
        return raised;
    }

    static Alert alert(ProjectDto p) {
        return new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("在建项目超过计划竣工日期", "Construction project past its planned completion"),
                LocalizedText.of("项目“" + p.name() + "”（施工单位：" + p.enterpriseName() + "）计划于 " + p.plannedEnd()
                        + " 竣工，目前仍未竣工。请核实进度，检查赶工期间的施工安全，并更新项目阶段。",
                        "Project \"" + p.name() + "\" (builder: " + p.enterpriseName() + ") was due to be completed on "
                                + p.plannedEnd() + " and is not. Check its progress and the safety of any rushed "
                                + "work, and update its phase."),
                Set.of(Permissions.departmentRole(PlanningDepartment.ID)), "#/m/planning/projects?id=" + p.id());
    }
}
