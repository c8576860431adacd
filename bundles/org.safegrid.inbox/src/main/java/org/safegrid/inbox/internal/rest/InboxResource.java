package org.safegrid.inbox.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.enterprises.api.Page;
import org.safegrid.inbox.internal.inbox.InboxItem;
import org.safegrid.inbox.internal.inbox.InboxService;
import org.safegrid.inbox.internal.inbox.InboxSummary;

/** The logged-in user's inbox: {@code /api/inbox}. */
@Component(service = InboxResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private final InboxService inbox;

    @Activate
    public InboxResource(@Reference InboxService inbox) {
        this.inbox = inbox;
    }

    /** Owed duties (overdue, then due) followed by the alerts of the last 30 days, latest first. */
    @GET
    public Page<InboxItem> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("unread") String unread, @Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        QueryParams params = new QueryParams(caller.english());
        QueryParams.Paging paging = params.paging(page, size);
        boolean unreadOnly = params.bool("unread", unread);
        return inbox.page(caller.username(), caller.roles(), caller.english(), unreadOnly, paging.page(),
                paging.size());
    }

    /** The counts for the header badge. */
    @GET
    @Path("summary")
    public InboxSummary summary(@Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        return inbox.summary(caller.username(), caller.roles());
    }

    /** Marks an alert read: 204, again too; 404 unless it is addressed to one of the caller's roles. */
    @POST
    @Path("alerts/{id}/read")
    public Response read(@PathParam("id") String id, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        long alertId = new QueryParams(caller.english()).alertId(id);
        inbox.markRead(alertId, caller.username(), caller.roles(), caller.english());
        return Response.noContent().build();
    }
}
