/**
 * Spreadsheets in and out: reads the first sheet of an XLSX workbook or a CSV file into rows of text, and writes XLSX
 * workbooks and CSV files. Every shared bundle that imports or exports tables uses it, so only one bundle carries
 * Apache POI.
 * <h2>Failures</h2>
 * {@link org.safegrid.sheets.api.SpreadsheetService#read read} refuses a file with a
 * {@link org.safegrid.api.error.SafeGridException}. Its {@code code} and {@code details.reason} are stable, for
 * programs; its message is Simplified Chinese, and {@code details.messageEn} holds the same message in English, so a
 * REST resource answering in English replaces the message with it (the service has no request to take a language
 * from). {@code details.fileName} is the upload's name without any path.
 * <table>
 * <caption>Codes</caption>
 * <tr>
 * <th>status</th>
 * <th>code</th>
 * <th>details</th>
 * <th>when</th>
 * </tr>
 * <tr>
 * <td>415</td>
 * <td>{@code not_a_spreadsheet}</td>
 * <td>{@code reason: save_as_xlsx}</td>
 * <td>XLS, XLSB, ODS, strict OOXML, an HTML table or Excel 2003 XML named .xls: Excel or WPS can save it as XLSX</td>
 * </tr>
 * <tr>
 * <td>415</td>
 * <td>{@code not_a_spreadsheet}</td>
 * <td>{@code reason: encrypted}</td>
 * <td>a workbook with an opening password</td>
 * </tr>
 * <tr>
 * <td>415</td>
 * <td>{@code not_a_spreadsheet}</td>
 * <td>{@code reason: damaged} (and {@code row} for a CSV quote that does not pair up)</td>
 * <td>a broken or truncated zip, a workbook missing parts, a CSV with an unbalanced quote</td>
 * </tr>
 * <tr>
 * <td>415</td>
 * <td>{@code not_a_spreadsheet}</td>
 * <td>{@code reason: unknown_format}</td>
 * <td>PDF, images, Word files, binary data, text in neither UTF-8 nor GB18030</td>
 * </tr>
 * <tr>
 * <td>422</td>
 * <td>{@code empty_file}</td>
 * <td></td>
 * <td>no bytes, or no row with any content (so no header row)</td>
 * </tr>
 * <tr>
 * <td>413</td>
 * <td>{@code too_many_rows}</td>
 * <td>{@code maxRows}</td>
 * <td>more data rows than {@code maxRows}; reading stops at the first one over</td>
 * </tr>
 * </table>
 * A header row without data rows is no failure: the table has no rows, and the caller decides.
 */
@Version("1.0.0")
@Export
package org.safegrid.sheets.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
