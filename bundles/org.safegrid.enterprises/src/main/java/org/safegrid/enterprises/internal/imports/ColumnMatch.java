package org.safegrid.enterprises.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.api.error.SafeGridException;
import org.safegrid.enterprises.internal.validation.Text;
import org.safegrid.sheets.api.Table;

/**
 * Which column of a file holds which field, from the file's header row. A file must have every required column, may
 * have any optional one, and nothing else: a renamed column would otherwise be silently dropped.
 */
public final class ColumnMatch {

    private static final Text BAD_COLUMNS = new Text("表头与导入模板不符。{0}请下载模板，按模板的列名填写。",
            "The header row does not match the import template. {0}Download the template and use its column names.");
    private static final Text MISSING = new Text("缺少必填列：{0}。", "Missing required columns: {0}. ");
    private static final Text UNKNOWN = new Text("无法识别的列：{0}。", "Columns not recognised: {0}. ");
    private static final Text DUPLICATE = new Text("重复的列：{0}。", "Columns given twice: {0}. ");

    private final Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
    private final Map<ImportColumn, String> written = new EnumMap<>(ImportColumn.class);
    private final List<ImportColumn> missing = new ArrayList<>();
    private final List<String> unknown = new ArrayList<>();
    private final List<String> duplicate = new ArrayList<>();

    private ColumnMatch(List<String> headers) {
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            if (ImportColumn.key(header).isEmpty()) {
                continue; // an unnamed column (often an empty one Excel kept) carries nothing we could use
            }
            ImportColumn column = Arrays.stream(ImportColumn.values())
                    .filter(c -> c.matches(header))
                    .findFirst()
                    .orElse(null);
            if (column == null) {
                unknown.add(header);
            } else if (index.containsKey(column)) {
                duplicate.add(header);
            } else {
                index.put(column, i);
                written.put(column, header);
            }
        }
        Arrays.stream(ImportColumn.values()).filter(c -> c.required() && !index.containsKey(c)).forEach(missing::add);
    }

    /** Matches a file's header row. */
    public static ColumnMatch of(List<String> headers) {
        return new ColumnMatch(headers);
    }

    public boolean ok() {
        return missing.isEmpty() && unknown.isEmpty() && duplicate.isEmpty();
    }

    /** The 422 {@code bad_columns} answer naming what is missing, unknown and doubled. */
    public SafeGridException failure(boolean english) {
        StringBuilder what = new StringBuilder();
        if (!missing.isEmpty()) {
            what.append(MISSING.format(english, missing.stream()
                    .map(c -> english ? c.zh() + " (" + c.field() + ")" : c.zh())
                    .collect(Collectors.joining(english ? ", " : "、"))));
        }
        if (!unknown.isEmpty()) {
            what.append(UNKNOWN.format(english, String.join(english ? ", " : "、", unknown)));
        }
        if (!duplicate.isEmpty()) {
            what.append(DUPLICATE.format(english, String.join(english ? ", " : "、", duplicate)));
        }
        return new SafeGridException(SafeGridException.Kind.INVALID, "bad_columns",
                BAD_COLUMNS.format(english, what.toString()),
                Map.of("missing", missing.stream().map(ImportColumn::zh).toList(), "unknown", List.copyOf(unknown),
                        "duplicate", List.copyOf(duplicate)));
    }

    public boolean has(ImportColumn column) {
        return index.containsKey(column);
    }

    /** The header as the file writes it; the template's when the file lacks the column. */
    public String header(ImportColumn column) {
        return written.getOrDefault(column, column.zh());
    }

    /** The cell of a row in a column; "" when the file lacks the column. */
    public String cell(Table.Row row, ImportColumn column) {
        Integer i = index.get(column);
        return i == null ? "" : row.cell(i);
    }

    public List<ImportColumn> missing() {
        return List.copyOf(missing);
    }

    public List<String> unknown() {
        return List.copyOf(unknown);
    }
}
