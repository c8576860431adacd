package org.safegrid.reports.internal.archive;

import java.util.List;

/** One page of the archive list, as every list of the API is paged. */
public record ArchivePage(List<ArchiveSummary> items, int page, int size, long total) {
}
