package org.safegrid.plates.print.internal.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.safegrid.plates.print.internal.Origins;
import org.safegrid.plates.print.internal.PlatePrinter;
import org.safegrid.plates.print.internal.PublicLinks;
import org.safegrid.plates.print.internal.html.PublicPlatePage;
import org.safegrid.plates.print.internal.html.StatusPages;
import org.safegrid.plates.print.internal.model.PlateView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /public/plates/{creditCode}}: the public plate page, and {@code GET /public/plates/{creditCode}/qr.png}:
 * its QR code. No login. An unknown or malformed code is a 404 page in Chinese; a failure is a 500 page without
 * details (logged with a reference).
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("safegrid-public-plates")
@HttpWhiteboardServletPattern(PublicLinks.PLATES + "/*")
public class PublicPlateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PublicPlateServlet.class);

    private final transient PlatePrinter printer;

    @Activate
    public PublicPlateServlet(@Reference PlatePrinter printer) {
        this.printer = printer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicPath path = PublicPath.parse(request.getPathInfo());
        try {
            Optional<PlateView> view = path == null ? Optional.empty() : printer.publicPlate(path.creditCode());
            if (view.isEmpty()) {
                PublicResponses.html(response, HttpServletResponse.SC_NOT_FOUND, StatusPages.notFound());
            } else if (path.qr()) {
                String url = printer.publicUrl(origin(request), view.get().enterprise().creditCode());
                PublicResponses.png(response, printer.qrPng(url));
            } else {
                String tipOffs = request.getContextPath() + PublicLinks.TIPOFFS;
                PublicResponses.html(response, HttpServletResponse.SC_OK,
                        PublicPlatePage.render(view.get(), tipOffs, printer.issuer(), printer.zone()));
            }
        } catch (RuntimeException e) {
            String ref = UUID.randomUUID().toString();
            LOG.error("Public plate page {} failed; reference {}", request.getPathInfo(), ref, e);
            if (!response.isCommitted()) {
                response.reset();
                PublicResponses.html(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                        StatusPages.unavailable());
            }
        }
    }

    static String origin(HttpServletRequest request) {
        return Origins.of(request.getScheme(), request.getServerName(), request.getServerPort())
                + request.getContextPath();
    }
}
