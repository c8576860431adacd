package org.safegrid.dept.planning.internal.common;

import java.util.List;

/** One page of a list: the items, the page number (from 0), the page size and the total number of matches. */
public record PageDto<T>(List<T> items, int page, int size, long total) {
}
