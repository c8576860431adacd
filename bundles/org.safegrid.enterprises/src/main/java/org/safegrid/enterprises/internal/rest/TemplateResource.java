package org.safegrid.enterprises.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.service.ReferenceDataService;
import org.safegrid.enterprises.internal.sheets.TemplateSheets;
import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Text;
import org.safegrid.sheets.api.SpreadsheetService;

/**
 * The import template: {@code GET /api/enterprises/template.xlsx} (the sheet to fill in, "说明" and "可选值" with the
 * villages, sectors and departments in use now) and {@code template.csv} (the header row only).
 */
@Component(service = TemplateResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("enterprises/template.{format}")
public class TemplateResource {

    private static final Text TEMPLATE = new Text("导入模板", "Import template");

    private final ReferenceDataService reference;
    private final SpreadsheetService sheets;

    @Activate
    public TemplateResource(@Reference ReferenceDataService reference, @Reference SpreadsheetService sheets) {
        this.reference = reference;
        this.sheets = sheets;
    }

    @GET
    @Produces({Api.XLSX, Api.CSV})
    public Response template(@PathParam("format") String format, @Context HttpHeaders headers) {
        StreamingOutput body;
        String type;
        if ("xlsx".equals(format)) {
            ReferenceData refs = reference.snapshot();
            body = out -> sheets.writeXlsx(out, TemplateSheets.workbook(refs));
            type = Api.XLSX;
        } else if ("csv".equals(format)) {
            body = out -> sheets.writeCsv(out, TemplateSheets.entrySheet());
            type = Api.CSV;
        } else {
            throw Failures.notFound(Caller.english(headers), TEMPLATE, "template." + Failures.cut(format));
        }
        return Response.ok(body, type)
                .header("Content-Disposition",
                        Downloads.attachment("enterprise-import-template." + format, "企业导入模板." + format))
                .build();
    }
}
