package org.safegrid.plates.print.internal.web;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.safegrid.plates.print.internal.PublicLinks;
import org.safegrid.plates.print.internal.html.StatusPages;

/**
 * {@code GET /public/tipoffs}: says the public tip-off channel opens soon, until the tip-off module serves that
 * address. Ranked low, so that a servlet the tip-off module registers for the same pattern wins and shadows this one.
 */
@Component(service = Servlet.class, property = "service.ranking:Integer=" + TipOffsPlaceholderServlet.RANKING)
@HttpWhiteboardServletName("safegrid-public-tipoffs-placeholder")
@HttpWhiteboardServletPattern(PublicLinks.TIPOFFS)
public class TipOffsPlaceholderServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int RANKING = -1000;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicResponses.html(response, HttpServletResponse.SC_OK, StatusPages.tipOffsSoon());
    }
}
