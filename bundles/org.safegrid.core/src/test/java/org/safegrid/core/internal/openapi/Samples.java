package org.safegrid.core.internal.openapi;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

/** Annotated resources and DTOs for {@link OpenApiGeneratorTest}; nothing here runs. */
final class Samples {

    private Samples() {
    }

    enum Level {
        LOW, HIGH
    }

    record Place(String town, double lat, double lon) {
    }

    record Inspection(Long id, String summary, int count, long total, Boolean urgent, boolean closed, BigDecimal fine,
            LocalDate day, LocalDateTime at, Instant created, Level level, List<String> tags, Map<String, Object> extra,
            Place place, List<Place> stops) {
    }

    record InspectionInput(String summary, Level level, LocalDate day) {
    }

    record Page<T>(List<T> items, int page, long total) {
    }

    /** A simple bean rather than a record. */
    public static final class Note {
        public String getText() {
            return null;
        }

        public boolean isPinned() {
            return false;
        }

        public static Note of() {
            return null;
        }
    }

    @Path("dept/sample/inspections/")
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class InspectionResource {

        @GET
        public Page<Inspection> list(@QueryParam("page") @DefaultValue("0") int page,
                @QueryParam("level") Level level, @QueryParam("from") LocalDate from, @Context UriInfo uri) {
            return null;
        }

        @GET
        @Path("{id: [0-9]+}")
        public Inspection get(@PathParam("id") long id, @HeaderParam("X-Trace") String trace,
                @HeaderParam("Authorization") String authorization) {
            return null;
        }

        @POST
        public Response create(InspectionInput input, @Context SecurityContext security) {
            return null;
        }

        @PUT
        @Path("{id}")
        public Inspection update(@PathParam("id") long id, InspectionInput input) {
            return null;
        }

        @DELETE
        @Path("{id}")
        public void delete(@PathParam("id") long id) {
        }

        @GET
        @Path("{id}/notes")
        public List<Note> notes(@PathParam("id") String id) {
            return null;
        }

        /** Not a resource method: no HTTP method annotation. */
        public String helper() {
            return null;
        }
    }

    @Path("auth")
    public static class LoginResource {

        record Credentials(String username, String password) {
        }

        @POST
        @Path("login")
        @Produces(MediaType.APPLICATION_JSON)
        public Response login(Credentials credentials) {
            return null;
        }

        @GET
        @Path("me")
        @Produces(MediaType.APPLICATION_JSON)
        public Other.Place me() {
            return null;
        }
    }

    /** A second type called Place, so names must not clash. */
    static final class Other {
        private Other() {
        }

        record Place(String code) {
        }
    }

    /** No @Path: not a resource. */
    public static class NotAResource {
        @GET
        public String get() {
            return null;
        }
    }
}
