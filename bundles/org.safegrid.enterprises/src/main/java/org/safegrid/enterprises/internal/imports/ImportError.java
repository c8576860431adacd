package org.safegrid.enterprises.internal.imports;

/**
 * What is wrong with one cell of an imported file.
 *
 * @param row the row's number as the file shows it (the header is row 1); 0 for a failure of the whole import
 * @param column the column's header as the file writes it; "" for a failure of the whole import
 * @param message what is wrong, in the language of the user who started the import
 */
public record ImportError(int row, String column, String message) {
}
