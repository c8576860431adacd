package org.safegrid.reports.internal.compose;

import org.safegrid.api.report.ReportSectionContributor;

/**
 * A department's section contributor as registered.
 *
 * @param department its {@code safegrid.department} service property
 * @param contributor the service
 */
public record ContributedSection(String department, ReportSectionContributor contributor) {
}
