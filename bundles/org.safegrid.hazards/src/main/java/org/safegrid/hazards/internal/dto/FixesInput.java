package org.safegrid.hazards.internal.dto;

/**
 * The five fixes (五落实) in a report, and the body of {@code PUT /api/hazards/{id}/fixes}.
 *
 * @param responsiblePerson 责任: who answers for the rectification, at most 100 characters
 * @param measures 措施, at most 1000 characters
 * @param funds 资金 in yuan, zero or more, at most two decimals ({@code 5000}, {@code "5000.50"})
 * @param deadline 时限, {@code 2026-12-31}, today or later
 * @param contingencyPlan 预案, at most 1000 characters
 * @param version for {@code PUT}: the hazard's version as read; when present, a hazard changed since answers 409
 *            {@code stale}
 */
public record FixesInput(String responsiblePerson, String measures, String funds, String deadline,
        String contingencyPlan, Long version) {
}
