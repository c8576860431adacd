package org.safegrid.api.supervision;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Raises an alert outside an event, for checks a department runs on its own schedule or over its own data (a
 * reservoir without its flood-season inspection, a large event without an expert assessment). Registered by the
 * platform; the alert reaches the inbox of every user holding one of its roles, like a {@link SupervisionRule}'s.
 */
@ProviderType
public interface AlertPublisher {

    /**
     * Raises the alert.
     *
     * @param department the department raising it, for example {@code agriculture}
     * @param enterpriseId the enterprise it is about, or null when it is about none
     * @param alert the alert
     * @return the id of the stored alert
     */
    long publish(String department, Long enterpriseId, Alert alert);
}
