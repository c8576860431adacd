package org.safegrid.checklists.internal.templates;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the templates of the departments' plug-ins ({@link ChecklistTemplateContributor} services). When a
 * contributor appears or changes, each of its templates is stored as a new version if it is new or its definition
 * differs from the latest version; when it goes away, its templates become inactive (every version and submission is
 * kept). A code already held by another contributor, by another department or by a custom template stays with its
 * holder: the first wins, and the conflict is logged.
 *
 * <p>
 * The work runs on one thread of its own, in the order the services came and went, so that a plug-in's bundle never
 * waits for the database while it starts.
 */
@Component(service = ContributedTemplates.class, immediate = true)
public class ContributedTemplates {

    static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(ContributedTemplates.class);

    private final TemplateStore store;
    private final Executor executor;
    private final ExecutorService owned;
    private final Contributions contributions = new Contributions();

    @Activate
    public ContributedTemplates(@Reference TemplateStore store) {
        this(store, Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "safegrid-checklist-templates");
            thread.setDaemon(true);
            return thread;
        }));
    }

    /** With an executor of the caller's: a direct one runs everything at once (for tests). */
    public ContributedTemplates(TemplateStore store, Executor executor) {
        this.store = store;
        this.executor = executor;
        this.owned = executor instanceof ExecutorService service ? service : null;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "removeContributor", updated = "updatedContributor")
    public void addContributor(ChecklistTemplateContributor contributor, Map<String, Object> properties) {
        long service = serviceId(properties);
        String department = department(properties);
        run(() -> sync(service, contributor, department));
    }

    public void updatedContributor(ChecklistTemplateContributor contributor, Map<String, Object> properties) {
        addContributor(contributor, properties);
    }

    public void removeContributor(ChecklistTemplateContributor contributor, Map<String, Object> properties) {
        long service = serviceId(properties);
        run(() -> retire(service, contributions.release(service)));
    }

    @Deactivate
    void stop() {
        if (owned == null) {
            return;
        }
        owned.shutdown();
        try {
            if (!owned.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                owned.shutdownNow();
            }
        } catch (InterruptedException e) {
            owned.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** The codes a contributor service holds now. */
    public Set<String> codes(long serviceId) {
        return contributions.codes(serviceId);
    }

    private void sync(long service, ChecklistTemplateContributor contributor, String department) {
        if (department == null || !DraftLimits.DEPARTMENT.matcher(department).matches()) {
            LOG.warn("Checklist templates of service {} ignored: property {} must name a department, not {}",
                    service, ChecklistTemplateContributor.DEPARTMENT_PROPERTY, department);
            retire(service, contributions.release(service));
            return;
        }
        List<TemplateDefinition> definitions;
        try {
            definitions = contributor.templates();
        } catch (RuntimeException e) {
            LOG.warn("Checklist templates of department {} (service {}) could not be read; left as they were",
                    department, service, e);
            return;
        }
        Set<String> held = new HashSet<>();
        for (TemplateDefinition definition : definitions == null ? List.<TemplateDefinition>of() : definitions) {
            if (definition != null && held.add(definition.code())) {
                if (store(service, TemplateDraft.of(definition, department))) {
                    contributions.claim(service, definition.code());
                } else {
                    held.remove(definition.code());
                }
            } else if (definition != null) {
                LOG.warn("Department {} contributes checklist template {} twice; the first is kept", department,
                        definition.code());
            }
        }
        retire(service, contributions.retain(service, held));
    }

    /** Stores one template; whether the contributor holds its code now. */
    private boolean store(long service, TemplateDraft draft) {
        List<String> problems = DraftLimits.problems(draft);
        if (!problems.isEmpty()) {
            LOG.warn("Checklist template {} of department {} left out: {}", draft.code(), draft.department(),
                    String.join("; ", problems));
            return false;
        }
        var other = contributions.otherOwner(draft.code(), service);
        if (other.isPresent()) {
            LOG.warn("Checklist template {} is contributed again by department {} (service {}); service {} holds"
                    + " it, the first wins", draft.code(), draft.department(), service, other.get());
            return false;
        }
        try {
            Saved saved = store.contribute(draft, "plugin:" + draft.department());
            switch (saved.outcome()) {
                case CONFLICT -> {
                    LOG.warn("Checklist template {} of department {} left out: the code belongs to {} template of"
                            + " department {}; the first wins", draft.code(), draft.department(),
                            saved.current() == null ? "another" : "the " + saved.current().source(),
                            saved.current() == null ? "?" : saved.current().department());
                    return false;
                }
                case STORED -> LOG.info("Checklist template {} of department {}: version {} stored", draft.code(),
                        draft.department(), saved.template().version());
                case REACTIVATED -> LOG.info("Checklist template {} of department {} is active again", draft.code(),
                        draft.department());
                default -> LOG.debug("Checklist template {} unchanged", draft.code());
            }
            return true;
        } catch (RuntimeException e) {
            LOG.error("Checklist template {} of department {} could not be stored", draft.code(), draft.department(),
                    e);
            return false;
        }
    }

    private void retire(long service, Set<String> codes) {
        for (String code : codes) {
            try {
                store.setActive(code, false);
                LOG.info("Checklist template {} is inactive: its contributor (service {}) is gone", code, service);
            } catch (RuntimeException e) {
                LOG.error("Checklist template {} could not be made inactive", code, e);
            }
        }
    }

    private void run(Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("Checklist template contribution failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Stopping: checklist template change not applied", e);
        }
    }

    private static long serviceId(Map<String, Object> properties) {
        Object id = properties.get(Constants.SERVICE_ID);
        return id instanceof Number n ? n.longValue() : -1;
    }

    private static String department(Map<String, Object> properties) {
        Object value = properties.get(ChecklistTemplateContributor.DEPARTMENT_PROPERTY);
        if (value instanceof String[] values) {
            value = values.length == 0 ? null : values[0];
        }
        return value == null ? null : value.toString().strip();
    }
}
