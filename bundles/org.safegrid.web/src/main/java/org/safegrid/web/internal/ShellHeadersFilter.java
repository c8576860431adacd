package org.safegrid.web.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Headers for everything under {@code /ui/}: {@code Cache-Control: no-cache} (the file names carry no version, so the
 * browser revalidates and gets a 304 while nothing changed) and a fixed content type for the file kinds the shell
 * and the UI modules use (see {@link ContentTypes}).
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("safegrid-web-headers")
@HttpWhiteboardFilterPattern("/ui/*")
public class ShellHeadersFilter implements Filter {

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        httpResponse.setHeader("Cache-Control", ContentTypes.NO_CACHE);
        String type = ContentTypes.of(http.getRequestURI());
        if (type == null) {
            chain.doFilter(request, response);
            return;
        }
        httpResponse.setContentType(type);
        chain.doFilter(request, new FixedContentType(httpResponse, type));
    }

    /** Keeps the content type the filter chose, whatever the resource servlet guesses afterwards. */
    static final class FixedContentType extends HttpServletResponseWrapper {

        private final String type;

        FixedContentType(HttpServletResponse response, String type) {
            super(response);
            this.type = type;
        }

        @Override
        public void setContentType(String ignored) {
            super.setContentType(type);
        }

        @Override
        public void setCharacterEncoding(String ignored) {
            // the fixed type names its charset
        }

        @Override
        public void setHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                super.setContentType(type);
            } else {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Type".equalsIgnoreCase(name)) {
                super.setContentType(type);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
