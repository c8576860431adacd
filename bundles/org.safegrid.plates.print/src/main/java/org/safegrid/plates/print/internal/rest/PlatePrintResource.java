package org.safegrid.plates.print.internal.rest;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.plates.print.internal.Origins;
import org.safegrid.plates.print.internal.PlatePrinter;
import org.safegrid.plates.print.internal.model.PlateView;
import org.safegrid.plates.print.internal.pdf.PaperSize;

/**
 * {@code GET /api/plate-print/{enterpriseId}?size=A4|A3}: the printable plate as PDF, and
 * {@code GET /api/plate-print/{enterpriseId}/qr.png}: the QR code of its public page. The platform's filter requires a
 * login; the caller's data scope decides which enterprises exist for them.
 */
@Component(service = PlatePrintResource.class)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=safegrid.api)")
@Path("plate-print")
public class PlatePrintResource {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";

    private final PlatePrinter printer;

    @Activate
    public PlatePrintResource(@Reference PlatePrinter printer) {
        this.printer = printer;
    }

    @GET
    @Path("{enterpriseId}")
    @Produces(PDF)
    public Response pdf(@PathParam("enterpriseId") String enterpriseId, @QueryParam("size") String size,
            @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        boolean english = english(headers);
        PaperSize paper = PaperSize.parse(size)
                .orElseThrow(() -> new SafeGridException(SafeGridException.Kind.BAD_REQUEST, "bad_size",
                        Message.BAD_SIZE.format(english, size), Map.of("size", size, "allowed", List.of("A4",
                                "A3"))));
        PlateView view = find(enterpriseId, security, english);
        String code = view.enterprise().creditCode();
        byte[] pdf = printer.pdf(view, paper, printer.publicUrl(origin(uri), code));
        String name = "责任牌-" + code + "-" + paper + ".pdf";
        return Response.ok(pdf, PDF)
                .header("Content-Disposition", ContentDisposition.inline(name, "plate-" + code + "-" + paper + ".pdf"))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{enterpriseId}/qr.png")
    @Produces(PNG)
    public Response qr(@PathParam("enterpriseId") String enterpriseId, @Context SecurityContext security,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        PlateView view = find(enterpriseId, security, english(headers));
        String url = printer.publicUrl(origin(uri), view.enterprise().creditCode());
        return Response.ok(printer.qrPng(url), PNG).header("Cache-Control", "no-store").build();
    }

    private PlateView find(String enterpriseId, SecurityContext security, boolean english) {
        DataScope scope = DataScope.of(security);
        long id = id(enterpriseId);
        return (id > 0 ? printer.plate(id, scope) : java.util.Optional.<PlateView>empty())
                .orElseThrow(() -> new SafeGridException(SafeGridException.Kind.NOT_FOUND, "not_found",
                        Message.NO_PLATE.format(english, enterpriseId), Map.of("type", "enterprise", "id",
                                String.valueOf(enterpriseId))));
    }

    /** The id from the path; anything but a positive number names nothing (0). */
    static long id(String value) {
        try {
            return Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The server's origin as the caller reached it: the public page lives at the root, not under /api. */
    static String origin(UriInfo uri) {
        java.net.URI base = uri.getBaseUri();
        return Origins.of(base.getScheme(), base.getHost(), base.getPort());
    }

    static boolean english(HttpHeaders headers) {
        List<Locale> languages = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !languages.isEmpty() && "en".equals(languages.get(0).getLanguage());
    }
}
