package org.safegrid.reports.internal.rest;

import javax.ws.rs.GET;
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
import org.safegrid.api.security.DataScope;
import org.safegrid.reports.internal.ReportService;
import org.safegrid.reports.internal.compose.ReportEngine;
import org.safegrid.reports.internal.export.ReportExporter;
import org.safegrid.reports.internal.export.ReportExporter.Format;
import org.safegrid.reports.internal.view.ReportView;
import org.safegrid.reports.internal.view.ReportViews;

/**
 * {@code /api/reports/town}, {@code /api/reports/departments/{id}} and {@code /api/reports/villages/{code}}, each with
 * {@code /export?format=xlsx|pdf}. The period is {@code ?period=2026-11} (or {@code 2026-W48}, {@code 2026-11-28}) or
 * {@code ?from=...&to=...}.
 */
@Component(service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("reports")
public class ReportResource {

    private final ReportService reports;
    private final ReportExporter exporter;

    @Activate
    public ReportResource(@Reference ReportService reports, @Reference ReportExporter exporter) {
        this.reports = reports;
        this.exporter = exporter;
    }

    /** One request's question: who, in which language, which period. */
    private record Ask(DataScope scope, boolean english) {
    }

    @GET
    @Path("town")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView town(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @Context SecurityContext security, @Context HttpHeaders headers) {
        Ask ask = ask(security, headers);
        Access.town(ask.scope(), ask.english());
        return townView(ask, period, from, to);
    }

    @GET
    @Path("town/export")
    public Response townExport(@QueryParam("period") String period, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("format") String format, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Ask ask = ask(security, headers);
        Access.town(ask.scope(), ask.english());
        Format f = Exports.format(format, ask.english());
        ReportView view = townView(ask, period, from, to);
        return Exports.file(exporter, view, f, ask.english(), reports.settings());
    }

    @GET
    @Path("departments/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView department(@PathParam("id") String id, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Ask ask = ask(security, headers);
        checkDepartment(reports.engine(), id, ask);
        return departmentView(ask, id, period, from, to);
    }

    @GET
    @Path("departments/{id}/export")
    public Response departmentExport(@PathParam("id") String id, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Ask ask = ask(security, headers);
        checkDepartment(reports.engine(), id, ask);
        Format f = Exports.format(format, ask.english());
        ReportView view = departmentView(ask, id, period, from, to);
        return Exports.file(exporter, view, f, ask.english(), reports.settings());
    }

    @GET
    @Path("villages/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    public ReportView village(@PathParam("code") String code, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Ask ask = ask(security, headers);
        checkVillage(reports.engine(), code, ask);
        return villageView(ask, code, period, from, to);
    }

    @GET
    @Path("villages/{code}/export")
    public Response villageExport(@PathParam("code") String code, @QueryParam("period") String period,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        Ask ask = ask(security, headers);
        checkVillage(reports.engine(), code, ask);
        Format f = Exports.format(format, ask.english());
        ReportView view = villageView(ask, code, period, from, to);
        return Exports.file(exporter, view, f, ask.english(), reports.settings());
    }

    // the reports themselves, once the caller's access is checked

    private ReportView townView(Ask ask, String period, String from, String to) {
        ReportEngine engine = reports.engine();
        ReportPeriod p = PeriodParams.parse(period, from, to, engine.today(), ask.english());
        return ReportViews.render(engine.town(p), ask.english());
    }

    private ReportView departmentView(Ask ask, String id, String period, String from, String to) {
        ReportEngine engine = reports.engine();
        ReportPeriod p = PeriodParams.parse(period, from, to, engine.today(), ask.english());
        return ReportViews.render(engine.department(id, p), ask.english());
    }

    private ReportView villageView(Ask ask, String code, String period, String from, String to) {
        ReportEngine engine = reports.engine();
        ReportPeriod p = PeriodParams.parse(period, from, to, engine.today(), ask.english());
        return ReportViews.render(engine.village(code, p), ask.english());
    }

    /** 404 for a department that is neither installed nor one of the town's six, 403 for another's. */
    private static void checkDepartment(ReportEngine engine, String id, Ask ask) {
        if (!engine.units().knowsDepartment(id)) {
            throw Failures.notFound(ask.english(), Failures.DEPARTMENT, id);
        }
        Access.department(ask.scope(), id, ask.english());
    }

    /** 404 for a village the registry does not know, 403 for another's. */
    private static void checkVillage(ReportEngine engine, String code, Ask ask) {
        if (!engine.units().villages().containsKey(code)) {
            throw Failures.notFound(ask.english(), Failures.VILLAGE, code);
        }
        Access.village(ask.scope(), code, ask.english());
    }

    private static Ask ask(SecurityContext security, HttpHeaders headers) {
        return new Ask(DataScope.of(security), Caller.english(headers));
    }
}
