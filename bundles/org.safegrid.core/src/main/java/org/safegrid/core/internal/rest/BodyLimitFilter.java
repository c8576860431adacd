package org.safegrid.core.internal.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.error.SafeGridException.Kind;

/**
 * Refuses request bodies over the configured size with 413, whether or not they declare their length. JSON (and bodies
 * without a type) get the small limit; uploaded files (any other type, such as a spreadsheet) get the upload limit.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = "org.safegrid.core.rest", property = Extensions.PROPERTY
        + "=limits")
@Designate(ocd = BodyLimitFilter.Config.class)
@JaxrsExtension
@JaxrsApplicationSelect(Extensions.ALL_APPLICATIONS)
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {

    @ObjectClassDefinition(name = "SafeGrid REST", description = "Limits of the REST API")
    public @interface Config {
        @AttributeDefinition(description = "Largest JSON request body in bytes; larger ones get 413")
        long maxBodyBytes() default 1024 * 1024;

        @AttributeDefinition(description = "Largest uploaded file (a body that is not JSON) in bytes; larger ones get 413")
        long maxUploadBytes() default 20 * 1024 * 1024;
    }

    private volatile long limit;
    private volatile long uploadLimit;

    @Activate
    @Modified
    void configure(Config config) {
        this.limit = config.maxBodyBytes();
        this.uploadLimit = config.maxUploadBytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        boolean json = type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json");
        long max = json ? limit : uploadLimit;
        if (request.getLength() > max) {
            throw tooLarge(max);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream(), max));
        }
    }

    static SafeGridException tooLarge(long max) {
        return new SafeGridException(Kind.TOO_LARGE, "too_large", "The request body is larger than " + max + " bytes",
                Map.of("limit", max));
    }

    /** Counts what is read and fails once the limit is passed. */
    static final class LimitedStream extends FilterInputStream {
        private final long max;
        private long count;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw tooLarge(max);
            }
        }
    }
}
