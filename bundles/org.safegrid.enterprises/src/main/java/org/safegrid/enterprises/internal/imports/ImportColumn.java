package org.safegrid.enterprises.internal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the import template, in its order. A file may name a column by its Chinese header, its English
 * header or the JSON field name, in any case and with any blanks; {@link #key(String)} is what they are compared by.
 * The export adds {@link #ID} and {@link #UPDATED_AT}, which an import accepts and ignores, so an exported file can be
 * imported again.
 */
public enum ImportColumn {

    CREDIT_CODE("统一社会信用代码", "Credit code", "creditCode", Use.REQUIRED), NAME("企业名称", "Name", "name",
            Use.REQUIRED), ADDRESS("地址", "Address", "address", Use.OPTIONAL), VILLAGE("村社区", "Village", "village",
                    Use.REQUIRED), SECTOR("行业", "Sector", "sector", Use.REQUIRED), DEPARTMENT("监管部门", "Department",
                            "department", Use.REQUIRED), SECOND_DEPARTMENT("第二监管部门", "Second department",
                                    "secondDepartment", Use.OPTIONAL), STAFF_COUNT("从业人数", "Staff count", "staffCount",
                                            Use.REQUIRED), STATUS("经营状态", "Status", "status", Use.REQUIRED), RISK_LEVEL(
                                                    "风险等级", "Risk level", "riskLevel",
                                                    Use.REQUIRED), ABOVE_SCALE("规上企业", "Above scale", "aboveScale",
                                                            Use.OPTIONAL), MAJOR_HAZARD_SOURCE("重大危险源",
                                                                    "Major hazard source", "majorHazardSource",
                                                                    Use.OPTIONAL), HIGH_FIRE_RISK("火灾高危",
                                                                            "High fire risk", "highFireRisk",
                                                                            Use.OPTIONAL), SPECIAL_EQUIPMENT("特种设备",
                                                                                    "Special equipment",
                                                                                    "specialEquipment",
                                                                                    Use.OPTIONAL), CONTACT_NAME("联系人",
                                                                                            "Contact name",
                                                                                            "contactName",
                                                                                            Use.OPTIONAL), CONTACT_POSITION(
                                                                                                    "联系人职务",
                                                                                                    "Contact position",
                                                                                                    "contactPosition",
                                                                                                    Use.OPTIONAL), CONTACT_PHONE(
                                                                                                            "联系电话",
                                                                                                            "Contact phone",
                                                                                                            "contactPhone",
                                                                                                            Use.OPTIONAL), ID(
                                                                                                                    "编号",
                                                                                                                    "ID",
                                                                                                                    "id",
                                                                                                                    Use.EXPORT_ONLY), UPDATED_AT(
                                                                                                                            "更新时间",
                                                                                                                            "Updated at",
                                                                                                                            "updatedAt",
                                                                                                                            Use.EXPORT_ONLY);

    /** Whether a file must have the column. */
    public enum Use {
        REQUIRED, OPTIONAL,
        /** Written by the export, ignored by the import. */
        EXPORT_ONLY
    }

    private final String zh;
    private final String en;
    private final String field;
    private final Use use;

    ImportColumn(String zh, String en, String field, Use use) {
        this.zh = zh;
        this.en = en;
        this.field = field;
        this.use = use;
    }

    /** The Chinese header, as the template writes it. */
    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The JSON field name. */
    public String field() {
        return field;
    }

    public Use use() {
        return use;
    }

    public boolean required() {
        return use == Use.REQUIRED;
    }

    /** The template's columns, in order. */
    public static List<ImportColumn> template() {
        return Arrays.stream(values()).filter(c -> c.use != Use.EXPORT_ONLY).toList();
    }

    /** Whether a header names this column. */
    public boolean matches(String header) {
        String k = key(header);
        return k.equals(key(zh)) || k.equals(key(en)) || k.equals(key(field));
    }

    /**
     * A header without blanks (also full-width ones), without a leading or trailing {@code *} or a trailing （必填）, in
     * lower case.
     */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String k = header.replaceAll("[\\s\\u3000\\uFEFF]+", "").toLowerCase(Locale.ROOT);
        // marks people add to templates: *企业名称, 企业名称（必填）
        return k.replaceAll("[(（](必填|选填|可选)[)）]$", "").replaceAll("^[*＊]+|[*＊]+$", "");
    }
}
