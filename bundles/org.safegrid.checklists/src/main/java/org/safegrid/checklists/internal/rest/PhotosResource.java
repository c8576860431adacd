package org.safegrid.checklists.internal.rest;

import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.security.DataScope;
import org.safegrid.checklists.internal.model.PhotoContent;
import org.safegrid.checklists.internal.model.PhotoHead;
import org.safegrid.checklists.internal.submissions.Photos;
import org.safegrid.checklists.internal.validation.Failures;
import org.safegrid.checklists.internal.validation.QueryParams;

/**
 * Photos of a self-inspection's items: {@code POST /api/checklists/submissions/{id}/photos?itemCode=} with the image
 * itself as the body (any content type; the type is told from the bytes), {@code GET .../photos/{photoId}}.
 */
@Component(service = PhotosResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path(Api.BASE + "/submissions/{id}/photos")
public class PhotosResource {

    private final Photos photos;

    @Activate
    public PhotosResource(@Reference Photos photos) {
        this.photos = photos;
    }

    /** 201 with the photo's description. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") String id, @QueryParam("itemCode") String itemCode, InputStream body,
            @Context SecurityContext security, @Context HttpHeaders headers, @Context UriInfo uri) {
        String language = Caller.language(headers);
        long submission = QueryParams.pathId(id, quoted -> Failures.submissionNotFound(quoted, language));
        PhotoHead photo = photos.add(submission, itemCode, body, DataScope.of(security), Caller.user(security),
                language);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(photo.id())).build()).entity(photo)
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The image, with its type; private to the caller's browser. */
    @GET
    @Path("{photoId}")
    public Response get(@PathParam("id") String id, @PathParam("photoId") String photoId,
            @Context SecurityContext security, @Context HttpHeaders headers) {
        String language = Caller.language(headers);
        long submission = QueryParams.pathId(id, quoted -> Failures.submissionNotFound(quoted, language));
        long photo = QueryParams.pathId(photoId, quoted -> Failures.photoNotFound(quoted, language));
        PhotoContent content = photos.content(submission, photo, DataScope.of(security), language);
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return Response.ok(content.data(), content.contentType()).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
