package org.safegrid.api.report;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A department's section of the reports. Register it as an OSGi service with the property
 * {@value #DEPARTMENT_PROPERTY} naming the department. Its section is in the town report and in that department's
 * report while the service is registered, and is kept in archived reports after it goes.
 */
@ConsumerType
public interface ReportSectionContributor {

    /** Service property naming the department. */
    String DEPARTMENT_PROPERTY = "safegrid.department";

    /** The section for the request's period and scope; null when the department has nothing to say for it. */
    ReportSection section(ReportRequest request);
}
