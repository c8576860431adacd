package org.safegrid.dept.culture.internal.rest;

import java.time.LocalDateTime;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.culture.internal.CultureSettings;
import org.safegrid.dept.culture.internal.dto.EventDto;
import org.safegrid.dept.culture.internal.dto.EventInput;
import org.safegrid.dept.culture.internal.dto.PageDto;
import org.safegrid.dept.culture.internal.model.EventData;
import org.safegrid.dept.culture.internal.model.LargeEvent;
import org.safegrid.dept.culture.internal.rules.EventWatch;
import org.safegrid.dept.culture.internal.service.EventService;
import org.safegrid.dept.culture.internal.validation.EventValidator;
import org.safegrid.dept.culture.internal.validation.QueryParams;
import org.safegrid.enterprises.api.EnterpriseService;

/**
 * The large-event register: {@code /api/dept/culture/events}. Reading needs {@code culture:view}, changing
 * {@code culture:edit} (checked by the platform). Every save is checked by the {@link EventWatch}.
 */
@Component(service = EventResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path(CultureApi.BASE + "events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    static final String WHAT = "event";

    private final EventService events;
    private final EventWatch watch;
    private final EnterpriseService enterprises;
    private final CultureSettings settings;

    @Activate
    public EventResource(@Reference EventService events, @Reference EventWatch watch,
            @Reference EnterpriseService enterprises, @Reference CultureSettings settings) {
        this.events = events;
        this.watch = watch;
        this.enterprises = enterprises;
        this.settings = settings;
    }

    @GET
    public PageDto<EventDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("assessed") String assessed) {
        PageDto<LargeEvent> found = events.list(QueryParams.events(page, size, from, to, assessed));
        EventViews views = views();
        return new PageDto<>(found.items().stream().map(views::toDto).toList(), found.page(), found.size(),
                found.total());
    }

    /** The events not cancelled that have not ended and start within the lead days, soonest first. */
    @GET
    @Path("upcoming")
    public List<EventDto> upcoming() {
        LocalDateTime now = settings.now();
        EventViews views = views();
        return events.upcoming(now, now.plusDays(settings.leadDays())).stream().map(views::toDto).toList();
    }

    @GET
    @Path("{id}")
    public EventDto get(@PathParam("id") String id) {
        long key = QueryParams.id(WHAT, id);
        return views().toDto(events.find(key).orElseThrow(() -> SafeGridException.notFound(WHAT, key)));
    }

    @POST
    public Response create(EventInput input, @Context SecurityContext security, @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String user = Caller.user(security);
        EventData data = EventValidator.validate(input, Caller.language(headers), settings.today(),
                this::enterpriseExists);
        LargeEvent created = events.create(data, user);
        watch.saved(created);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(views().toDto(created))
                .build();
    }

    @PUT
    @Path("{id}")
    public EventDto update(@PathParam("id") String id, EventInput input, @Context SecurityContext security,
            @Context HttpHeaders headers) {
        String user = Caller.user(security);
        long key = QueryParams.id(WHAT, id);
        String language = Caller.language(headers);
        EventData data = EventValidator.validate(input, language, settings.today(), this::enterpriseExists);
        long version = EventValidator.version(input, language);
        LargeEvent updated = events.update(key, data, version, user)
                .orElseThrow(() -> SafeGridException.notFound(WHAT, key));
        watch.saved(updated);
        return views().toDto(updated);
    }

    /** Removes an event registered by mistake (a real event that will not happen is cancelled instead). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @QueryParam("version") String version,
            @Context SecurityContext security) {
        Caller.user(security);
        long key = QueryParams.id(WHAT, id);
        long expected = QueryParams.version(version);
        if (!events.delete(key, expected)) {
            throw SafeGridException.notFound(WHAT, key);
        }
        return Response.noContent().build();
    }

    private boolean enterpriseExists(long id) {
        return enterprises.get(id, DataScope.everything()).isPresent();
    }

    private EventViews views() {
        return new EventViews(enterprises, settings.now(), settings.leadDays());
    }
}
