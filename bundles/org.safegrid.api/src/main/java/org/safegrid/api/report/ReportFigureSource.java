package org.safegrid.api.report;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Computes figures for reports. Register it as an OSGi service; the reports bundle asks every source for every report.
 * A source answers with one pass of aggregate queries over its own data, and counts only what the request's scope
 * sees. It is called for earlier periods too (trend, consecutive last places), so it must be quick.
 */
@ConsumerType
public interface ReportFigureSource {

    /** The figures this source computes, with their codes, labels and types. */
    List<FigureDefinition> figures();

    /** The values of its figures for the request's period, per unit. */
    FigureSet compute(ReportRequest request);
}
