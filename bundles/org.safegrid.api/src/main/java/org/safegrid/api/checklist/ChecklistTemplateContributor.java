package org.safegrid.api.checklist;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Contributes checklist templates. Register it as an OSGi service with the property {@value #DEPARTMENT_PROPERTY}
 * naming the department. The platform reads the templates when the service appears (and when it is modified) and
 * stores a new version of each template whose definition changed; removing the service retires its templates from
 * new periods but keeps every version and every submission.
 */
@ConsumerType
public interface ChecklistTemplateContributor {

    /** Service property naming the contributing department. */
    String DEPARTMENT_PROPERTY = "safegrid.department";

    /** The templates; their codes must be unique across SafeGrid. */
    List<TemplateDefinition> templates();
}
