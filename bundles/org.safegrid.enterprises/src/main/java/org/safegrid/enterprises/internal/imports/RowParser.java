package org.safegrid.enterprises.internal.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.validation.FieldChecks;
import org.safegrid.enterprises.internal.validation.Messages;
import org.safegrid.sheets.api.Table;

/**
 * Reads the cells of one row into an {@link EnterpriseInput}, as a person fills in a spreadsheet: villages, sectors
 * and departments by code or name, status and risk by code or Chinese name, flags as 是/否, Y/N, true/false or 1/0. A
 * cell that cannot be read is recorded in the checks under its field; the validator then checks the rest.
 */
public final class RowParser {

    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,12}(?:\\.0*)?");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+");

    private static final Map<String, EnterpriseStatus> STATUS = Map.of("operating", EnterpriseStatus.OPERATING, "在营",
            EnterpriseStatus.OPERATING, "suspended", EnterpriseStatus.SUSPENDED, "停业", EnterpriseStatus.SUSPENDED,
            "closed", EnterpriseStatus.CLOSED, "关闭", EnterpriseStatus.CLOSED);
    private static final Map<String, RiskLevel> RISK = Map.ofEntries(Map.entry("red", RiskLevel.RED),
            Map.entry("红", RiskLevel.RED), Map.entry("红色", RiskLevel.RED), Map.entry("orange", RiskLevel.ORANGE),
            Map.entry("橙", RiskLevel.ORANGE), Map.entry("橙色", RiskLevel.ORANGE), Map.entry("yellow", RiskLevel.YELLOW),
            Map.entry("黄", RiskLevel.YELLOW), Map.entry("黄色", RiskLevel.YELLOW), Map.entry("blue", RiskLevel.BLUE),
            Map.entry("蓝", RiskLevel.BLUE), Map.entry("蓝色", RiskLevel.BLUE));
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "");

    /** The status names a file may use, for messages. */
    public static final String STATUS_CHOICES = "在营/OPERATING、停业/SUSPENDED、关闭/CLOSED";
    public static final String RISK_CHOICES = "红/RED、橙/ORANGE、黄/YELLOW、蓝/BLUE";
    public static final String FLAG_CHOICES = "是/否、Y/N、true/false、1/0";

    private RowParser() {
    }

    public static EnterpriseInput parse(Table.Row row, ColumnMatch columns, ReferenceData refs, FieldChecks checks) {
        String contactName = columns.cell(row, ImportColumn.CONTACT_NAME);
        String contactPosition = columns.cell(row, ImportColumn.CONTACT_POSITION);
        String contactPhone = columns.cell(row, ImportColumn.CONTACT_PHONE);
        List<Contact> contacts = (contactName + contactPosition + contactPhone).isBlank()
                ? List.of()
                : List.of(new Contact(contactName, contactPosition, contactPhone));
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        flag(row, columns, ImportColumn.ABOVE_SCALE, EnterpriseFlag.ABOVE_SCALE, flags, checks);
        flag(row, columns, ImportColumn.MAJOR_HAZARD_SOURCE, EnterpriseFlag.MAJOR_HAZARD_SOURCE, flags, checks);
        flag(row, columns, ImportColumn.HIGH_FIRE_RISK, EnterpriseFlag.HIGH_FIRE_RISK, flags, checks);
        flag(row, columns, ImportColumn.SPECIAL_EQUIPMENT, EnterpriseFlag.SPECIAL_EQUIPMENT, flags, checks);
        return new EnterpriseInput(columns.cell(row, ImportColumn.CREDIT_CODE), columns.cell(row, ImportColumn.NAME),
                columns.cell(row, ImportColumn.ADDRESS), refs.resolveVillage(columns.cell(row, ImportColumn.VILLAGE)),
                refs.resolveSector(columns.cell(row, ImportColumn.SECTOR)),
                refs.resolveDepartment(columns.cell(row, ImportColumn.DEPARTMENT)),
                refs.resolveDepartment(columns.cell(row, ImportColumn.SECOND_DEPARTMENT)),
                staffCount(columns.cell(row, ImportColumn.STAFF_COUNT), checks),
                choice(columns.cell(row, ImportColumn.STATUS), STATUS, ImportColumn.STATUS, STATUS_CHOICES, checks),
                choice(columns.cell(row, ImportColumn.RISK_LEVEL), RISK, ImportColumn.RISK_LEVEL, RISK_CHOICES, checks),
                flags, contacts, null);
    }

    /** A whole number; {@code 12.0} (a number cell) and {@code 1,200} are read too. Null when blank or not one. */
    static Integer staffCount(String cell, FieldChecks checks) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        String plain = THOUSANDS.matcher(text).matches() ? text.replace(",", "") : text;
        if (!WHOLE.matcher(plain).matches()) {
            return checks.fail(ImportColumn.STAFF_COUNT.field(), Messages.NOT_A_NUMBER, text);
        }
        long value = Long.parseLong(plain.replaceAll("\\.0*$", "").replace("+", ""));
        // beyond int: the validator's range message says what is allowed
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    private static <T> T choice(String cell, Map<String, T> names, ImportColumn column, String choices,
            FieldChecks checks) {
        String text = cell == null ? "" : cell.strip();
        if (text.isEmpty()) {
            return null;
        }
        T value = names.get(text.toLowerCase(Locale.ROOT));
        return value != null ? value : checks.fail(column.field(), Messages.BAD_CHOICE, text, choices);
    }

    private static void flag(Table.Row row, ColumnMatch columns, ImportColumn column, EnterpriseFlag flag,
            Set<EnterpriseFlag> flags, FieldChecks checks) {
        String text = columns.cell(row, column).strip().toLowerCase(Locale.ROOT);
        if (YES.contains(text)) {
            flags.add(flag);
        } else if (!NO.contains(text)) {
            checks.fail(column.field(), Messages.BAD_CHOICE, columns.cell(row, column).strip(), FLAG_CHOICES);
        }
    }
}
