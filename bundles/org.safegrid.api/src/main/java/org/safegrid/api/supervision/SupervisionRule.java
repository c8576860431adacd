package org.safegrid.api.supervision;

import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department's rule over what happens to the enterprises it regulates. Register it as an OSGi service with the
 * property {@value #DEPARTMENT_PROPERTY}; the platform calls it, off the publishing thread, for every event on one of
 * its {@link #topics()} about an enterprise whose first or second regulating department is that one. Answer quickly;
 * a rule that throws is logged and skipped.
 */
@ConsumerType
public interface SupervisionRule {

    /** Service property naming the department. */
    String DEPARTMENT_PROPERTY = "safegrid.department";

    /** The event topics the rule reads, for example {@code org/safegrid/hazard/CREATED}; a trailing {@code *} matches a prefix. */
    Set<String> topics();

    /** The alerts this event raises; empty when none. */
    List<Alert> evaluate(SupervisionEvent event);
}
