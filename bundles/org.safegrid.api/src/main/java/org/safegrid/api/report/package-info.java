/**
 * Reports (measures 4 to 6): the figures a report is made of and the sections departments add to it.
 *
 * <ul>
 * <li>A {@link org.safegrid.api.report.ReportFigureSource} computes named figures per {@link ReportUnit} (department,
 * village, town) over a {@link ReportPeriod}. The platform's shared bundles provide the core figures named in
 * {@link CoreFigures}; the reports bundle puts them together, scores and ranks the units.</li>
 * <li>A {@link org.safegrid.api.report.ReportSectionContributor} is a department's own section: its figures and
 * tables. It is in every new report while the department's bundle is installed; archived reports keep it.</li>
 * </ul>
 */
@Version("1.0.0")
@Export
package org.safegrid.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
