package org.safegrid.sheets.api;

import java.util.List;

/**
 * One sheet to write: a bold, frozen header row and the rows under it. Cells may be {@code String}, {@code Number},
 * {@code Boolean}, {@code java.time.LocalDate}, {@code java.time.Instant} or null.
 *
 * @param name the sheet's name (at most 31 characters)
 * @param headers the header row
 * @param rows the rows; read once, in order, so they may be streamed
 */
public record SheetSpec(String name, List<String> headers, Iterable<? extends List<?>> rows) {
}
