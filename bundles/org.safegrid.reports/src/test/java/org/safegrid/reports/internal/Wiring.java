package org.safegrid.reports.internal;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.safegrid.api.module.Department;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.report.ReportFigureSource;
import org.safegrid.api.report.ReportSectionContributor;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Village;
import org.safegrid.reports.internal.archive.ArchiveStore;

/** The reports component as DS would wire it, over fakes. */
public final class Wiring {

    private Wiring() {
    }

    /** The configuration with every default. */
    public static ReportsConfig defaults() {
        return (ReportsConfig) Proxy.newProxyInstance(ReportsConfig.class.getClassLoader(),
                new Class<?>[]{ReportsConfig.class}, (proxy, method, args) -> {
                    if (method.getDefaultValue() != null) {
                        return method.getDefaultValue();
                    }
                    return switch (method.getName()) {
                        case "annotationType" -> ReportsConfig.class;
                        case "hashCode" -> 0;
                        case "equals" -> proxy == args[0];
                        default -> "ReportsConfig";
                    };
                });
    }

    /** A registry that knows the villages v01 白市驿社区 and v02 高田村. */
    public static EnterpriseService enterprises() {
        List<Village> villages = List.of(new Village("v01", "白市驿社区", true), new Village("v02", "高田村", true));
        return (EnterpriseService) Proxy.newProxyInstance(EnterpriseService.class.getClassLoader(),
                new Class<?>[]{EnterpriseService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("villages")) {
                        return villages;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    public static ReportService service(ArchiveStore archive, Clock clock) {
        ReportService service = new ReportService(enterprises(), archive, defaults());
        service.useClock(clock);
        return service;
    }

    public static void department(ReportService service, String id, String zh, String en) {
        service.addDepartment(new Department() {
            @Override
            public DepartmentDescriptor descriptor() {
                return DepartmentDescriptor.builder(id).name(zh, en).build();
            }
        });
    }

    public static void source(ReportService service, ReportFigureSource source) {
        service.addSource(source);
    }

    public static void removeSource(ReportService service, ReportFigureSource source) {
        service.removeSource(source);
    }

    public static void section(ReportService service, String department, ReportSectionContributor contributor) {
        service.addContributor(contributor, Map.of(ReportSectionContributor.DEPARTMENT_PROPERTY, department));
    }

    public static void removeSection(ReportService service, ReportSectionContributor contributor) {
        service.removeContributor(contributor);
    }

    public static void stop(ReportService service) {
        service.deactivate();
    }
}
