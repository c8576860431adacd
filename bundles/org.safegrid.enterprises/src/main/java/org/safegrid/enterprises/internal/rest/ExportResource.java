package org.safegrid.enterprises.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.internal.service.EnterpriseRegistry;
import org.safegrid.enterprises.internal.sheets.EnterpriseExport;
import org.safegrid.sheets.api.SheetSpec;
import org.safegrid.sheets.api.SpreadsheetService;

/**
 * {@code GET /api/enterprises/export.xlsx?<list filters>}: every enterprise in scope matching the filters, in the
 * list's sort order, with the import template's columns plus id and last change. The matching ids are found before
 * answering (so bad filters are a 400, not a broken download); the enterprises are read while the workbook streams.
 */
@Component(service = ExportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("enterprises/export.xlsx")
public class ExportResource {

    private final EnterpriseRegistry registry;
    private final SpreadsheetService sheets;

    @Activate
    public ExportResource(@Reference EnterpriseRegistry registry, @Reference SpreadsheetService sheets) {
        this.registry = registry;
        this.sheets = sheets;
    }

    @GET
    @Produces(Api.XLSX)
    public Response export(@QueryParam("text") String text, @QueryParam("village") String village,
            @QueryParam("department") String department, @QueryParam("sector") String sector,
            @QueryParam("risk") String risk, @QueryParam("status") String status,
            @QueryParam("flag") List<String> flags, @QueryParam("small") String small,
            @QueryParam("sort") String sort, @Context SecurityContext security, @Context HttpHeaders headers) {
        DataScope scope = DataScope.of(security);
        var filters = new QueryParams.Filters(text, village, department, sector, risk, status, flags, small, sort);
        EnterpriseQuery query = new QueryParams(Caller.english(headers)).query(filters, null, null);
        List<Long> ids = registry.matchingIds(query, scope);
        SheetSpec sheet = EnterpriseExport.sheet(ids, slice -> registry.load(slice, scope),
                registry.reference().snapshot());
        StreamingOutput body = out -> sheets.writeXlsx(out, List.of(sheet));
        String stamp = Downloads.stamp();
        return Response.ok(body, Api.XLSX)
                .header("Content-Disposition",
                        Downloads.attachment("enterprises-" + stamp + ".xlsx", "企业名录-" + stamp + ".xlsx"))
                .header("X-Total-Count", ids.size())
                .build();
    }
}
