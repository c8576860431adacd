/**
 * Spreadsheets in and out: reads the first sheet of an XLSX workbook or a CSV file into rows of text, and writes XLSX
 * workbooks. Every shared bundle that imports or exports tables uses it, so only one bundle carries Apache POI.
 */
@Version("1.0.0")
@Export
package org.safegrid.sheets.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
