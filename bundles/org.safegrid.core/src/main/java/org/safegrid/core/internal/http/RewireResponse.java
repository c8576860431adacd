package org.safegrid.core.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;

import javax.servlet.ServletOutputStream;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * Passes a response through unchanged, except CXF's "no service" answer (status 404 with an HTML body, written when
 * the application's server is being re-created): that one is swallowed and reported by {@link #noService()}.
 */
final class RewireResponse extends HttpServletResponseWrapper {

    private Integer status;
    private String contentType;
    private boolean decided;
    private boolean noService;

    RewireResponse(HttpServletResponse response) {
        super(response);
    }

    boolean noService() {
        return noService;
    }

    /** Whether anything of this attempt has reached the client. */
    boolean passedThrough() {
        return decided && !noService;
    }

    @Override
    public void setStatus(int sc) {
        if (decided) {
            super.setStatus(sc);
        } else {
            status = sc;
        }
    }

    @Override
    public int getStatus() {
        return decided || status == null ? super.getStatus() : status;
    }

    @Override
    public void setContentType(String type) {
        if (decided) {
            super.setContentType(type);
        } else {
            contentType = type;
        }
    }

    @Override
    public String getContentType() {
        return decided || contentType == null ? super.getContentType() : contentType;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        decide();
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        decide();
        super.sendError(sc);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        decide();
        return noService ? new Discard() : super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        decide();
        return noService ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
        decide();
        if (!noService) {
            super.flushBuffer();
        }
    }

    /**
     * When the chain is done. A response of which nothing at all was set or written is CXF meeting a destination whose
     * observer went away between its two looks at it (it then returns without answering): that, too, is "no service".
     */
    void finish() {
        if (!decided && status == null && contentType == null) {
            decided = true;
            noService = true;
            return;
        }
        decide();
    }

    /**
     * At the first write, or when the chain is done: a 404 with an HTML body is CXF finding no server; anything else
     * is a real answer and goes out as it was set.
     */
    void decide() {
        if (decided) {
            return;
        }
        decided = true;
        if (status != null && status == 404 && contentType != null && contentType.startsWith("text/html")) {
            noService = true;
            return;
        }
        if (status != null) {
            super.setStatus(status);
        }
        if (contentType != null) {
            super.setContentType(contentType);
        }
    }

    private static final class Discard extends ServletOutputStream {
        private final OutputStream sink = OutputStream.nullOutputStream();

        @Override
        public void write(int b) throws IOException {
            sink.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            // nothing is ever written
        }
    }
}
