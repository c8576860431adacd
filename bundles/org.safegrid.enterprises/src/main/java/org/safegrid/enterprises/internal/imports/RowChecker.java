package org.safegrid.enterprises.internal.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.internal.model.EnterpriseData;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.validation.EnterpriseValidator;
import org.safegrid.enterprises.internal.validation.FieldChecks;
import org.safegrid.enterprises.internal.validation.Messages;
import org.safegrid.sheets.api.Table;

/**
 * Checks the rows of one file in order: each cell as the JSON API checks the field, then whether the department is
 * one the user may import for, whether the credit code is registered already, and whether an earlier row has it.
 * Everything it needs is in memory; it asks the database nothing.
 */
public final class RowChecker {

    /**
     * A row that passed every check.
     *
     * @param row the row's number in the file
     */
    public record ValidRow(int row, EnterpriseData data) {
    }

    /** The outcome for one row: the data when it passed, the errors otherwise. */
    public record Result(ValidRow valid, List<ImportError> errors) {
        public boolean ok() {
            return valid != null;
        }
    }

    private final ColumnMatch columns;
    private final ReferenceData refs;
    private final DataScope scope;
    private final Set<String> registered;
    private final boolean english;
    private final Map<String, Integer> firstRowOfCode = new HashMap<>();

    /**
     * @param registered the credit codes already in the registry
     */
    public RowChecker(ColumnMatch columns, ReferenceData refs, DataScope scope, Set<String> registered,
            boolean english) {
        this.columns = columns;
        this.refs = refs;
        this.scope = scope;
        this.registered = registered;
        this.english = english;
    }

    public Result check(Table.Row row) {
        FieldChecks checks = new FieldChecks(english);
        EnterpriseInput input = RowParser.parse(row, columns, refs, checks);
        EnterpriseData data = EnterpriseValidator.check(input, refs, null, checks);
        checkScope(input, checks);
        checkDuplicate(row.number(), input.creditCode(), checks);
        if (checks.ok() && data != null) {
            return new Result(new ValidRow(row.number(), data), List.of());
        }
        List<ImportError> errors = new ArrayList<>();
        checks.errors().forEach((field, message) -> errors.add(new ImportError(row.number(), header(field), message)));
        return new Result(null, errors);
    }

    private void checkScope(EnterpriseInput input, FieldChecks checks) {
        if (checks.failed("department") || checks.failed("secondDepartment") || input.department() == null
                || input.department().isBlank()) {
            return;
        }
        if (!scope.edits(input.department(), input.secondDepartment())) {
            checks.fail("department", Messages.OUT_OF_SCOPE, String.join(", ", scope.departments()));
        }
    }

    private void checkDuplicate(int rowNumber, String creditCode, FieldChecks checks) {
        if (checks.failed("creditCode")) {
            return;
        }
        String code = CreditCode.normalise(creditCode);
        if (registered.contains(code)) {
            checks.fail("creditCode", Messages.DUPLICATE_CREDIT_CODE, code);
            return;
        }
        Integer first = firstRowOfCode.putIfAbsent(code, rowNumber);
        if (first != null) {
            checks.fail("creditCode", Messages.DUPLICATE_IN_FILE, first);
        }
    }

    /** The column header (as the file writes it) of a field the validator names. */
    String header(String field) {
        String base = field.startsWith("contacts[") && field.contains("].")
                ? "contact" + capitalise(field.substring(field.indexOf("].") + 2))
                : field;
        for (ImportColumn column : ImportColumn.values()) {
            if (column.field().equals(base)) {
                return columns.header(column);
            }
        }
        return field;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
