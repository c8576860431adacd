package org.safegrid.inbox.internal.rest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.module.DepartmentApi;
import org.safegrid.api.module.Permissions;
import org.safegrid.inbox.internal.supervision.RegisteredRule;
import org.safegrid.inbox.internal.supervision.RuleRegistry;

/**
 * The supervision rules in force, {@code GET /api/supervision/rules}: each department's rules with the topics they
 * read, as the installed department bundles register them. For admins and the committee office (403 otherwise).
 */
@Component(service = RulesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(DepartmentApi.APPLICATION_SELECT)
@Path("supervision/rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {

    /** One rule in force. */
    public record RuleView(String department, String rule, Set<String> topics) {
    }

    private final RuleRegistry rules;

    @Activate
    public RulesResource(@Reference RuleRegistry rules) {
        this.rules = rules;
    }

    @GET
    public List<RuleView> list(@Context SecurityContext security, @Context HttpHeaders headers) {
        Caller caller = Caller.of(security, headers);
        if (!caller.roles().contains(Permissions.ADMIN_ROLE) && !caller.roles().contains(Permissions.COMMITTEE_ROLE)) {
            throw SafeGridException.forbidden(caller.english()
                    ? "Only admins and the committee office see the rules"
                    : "只有管理员和安委办可以查看监管规则");
        }
        return views(rules.rules());
    }

    /** The rules by department and name; a rule that cannot name its topics shows none. */
    static List<RuleView> views(List<RegisteredRule> registered) {
        List<RuleView> views = new ArrayList<>();
        for (RegisteredRule r : registered) {
            Set<String> topics = new TreeSet<>();
            try {
                Set<String> named = r.rule().topics();
                if (named != null) {
                    topics.addAll(named);
                }
            } catch (RuntimeException | LinkageError e) {
                // a rule of a bundle going away: listed without topics
            }
            String name = r.name();
            views.add(new RuleView(r.department(), name.substring(name.lastIndexOf('.') + 1), topics));
        }
        views.sort(Comparator.comparing(RuleView::department).thenComparing(RuleView::rule));
        return views;
    }
}
