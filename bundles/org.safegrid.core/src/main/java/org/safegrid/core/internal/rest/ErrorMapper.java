package org.safegrid.core.internal.rest;

import java.util.Map;
import java.util.UUID;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.safegrid.api.error.SafeGridException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into the JSON error body with the right status. Unexpected failures are logged with an id and
 * answered with that id only: no stack trace ever reaches a client.
 */
@Component(service = ExceptionMapper.class, property = Extensions.PROPERTY + "=errors")
@JaxrsExtension
@JaxrsApplicationSelect(Extensions.ALL_APPLICATIONS)
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Override
    public Response toResponse(Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof SafeGridException e) {
            return respond(e.kind().status(), new ErrorBody(e.code(), e.getMessage(), e.details()));
        }
        if (cause instanceof JsonProcessingException e) {
            return respond(400, malformed(e));
        }
        if (cause instanceof WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500) {
                return unexpected(e);
            }
            return respond(status, new ErrorBody(codeFor(status), messageFor(status), Map.of()));
        }
        return unexpected(cause);
    }

    /** CXF and the JSON reader may wrap the failure that matters: the first domain or JSON error in the chain. */
    private static Throwable unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SafeGridException || t instanceof JsonProcessingException) {
                return t;
            }
        }
        return failure;
    }

    static ErrorBody malformed(JsonProcessingException e) {
        String where = e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            MismatchedInputException m = (MismatchedInputException) e;
            String field = m.getPath().stream().map(r -> r.getFieldName() == null
                    ? "[" + r.getIndex() + "]"
                    : r.getFieldName()).reduce((a, b) -> a + "." + b).orElse("");
            return new ErrorBody("malformed_json", "Field '" + field + "' has the wrong type or format" + where,
                    Map.of("field", field));
        }
        return new ErrorBody("malformed_json", "The request body is not valid JSON" + where, Map.of());
    }

    private static Response unexpected(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.error("Unexpected failure {}", id, e);
        return respond(500, new ErrorBody("internal_error", "Internal error; reference " + id, Map.of("ref", id)));
    }

    private static Response respond(int status, ErrorBody body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            default -> "http_" + status;
        };
    }

    static String messageFor(int status) {
        return switch (status) {
            case 400 -> "The request is malformed";
            case 401 -> "Authentication required";
            case 403 -> "Not allowed";
            case 404 -> "No such resource";
            case 405 -> "Method not allowed on this resource";
            case 406 -> "This resource cannot answer in the requested format";
            case 413 -> "The request body is too large";
            case 415 -> "Unsupported content type; send application/json";
            default -> "The request failed with status " + status;
        };
    }
}
