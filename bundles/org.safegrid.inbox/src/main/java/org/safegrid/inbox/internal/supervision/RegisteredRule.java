package org.safegrid.inbox.internal.supervision;

import org.safegrid.api.supervision.SupervisionRule;

/**
 * A rule as registered.
 *
 * @param department the department it speaks for ({@code safegrid.department})
 * @param name what logs call it: its component name, or its class
 * @param serviceId its service id, to tell it when it goes away
 */
public record RegisteredRule(String department, String name, long serviceId, SupervisionRule rule) {
}
