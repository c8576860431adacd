package org.safegrid.enterprises.internal.sheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.imports.ImportColumn;
import org.safegrid.enterprises.internal.imports.RowParser;
import org.safegrid.enterprises.internal.model.KnownDepartment;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.validation.EnterpriseValidator;
import org.safegrid.sheets.api.SheetSpec;

/**
 * The import template: the sheet to fill in (the header row only), a sheet "说明" explaining each column, and a sheet
 * "可选值" listing the villages, sectors and departments in use now, with the statuses and risk levels.
 */
public final class TemplateSheets {

    private static final Map<ImportColumn, String> HELP = Map.ofEntries(
            Map.entry(ImportColumn.CREDIT_CODE, "18 位统一社会信用代码，校验位须正确；不能与已登记的企业或本文件其他行重复"),
            Map.entry(ImportColumn.NAME, "企业或场所名称，最多 " + EnterpriseValidator.NAME_MAX + " 字"),
            Map.entry(ImportColumn.ADDRESS, "最多 " + EnterpriseValidator.ADDRESS_MAX + " 字"),
            Map.entry(ImportColumn.VILLAGE, "村社区的名称或代码，见“可选值”；停用的不能用"),
            Map.entry(ImportColumn.SECTOR, "行业的名称或代码，见“可选值”；停用的不能用"),
            Map.entry(ImportColumn.DEPARTMENT, "监管部门的名称或代码，见“可选值”；部门用户只能导入本部门监管的企业"),
            Map.entry(ImportColumn.SECOND_DEPARTMENT, "可空；不能与监管部门相同"),
            Map.entry(ImportColumn.STAFF_COUNT, "0 至 " + EnterpriseValidator.STAFF_MAX + " 的整数；少于 30 人的为小微企业"),
            Map.entry(ImportColumn.STATUS, "在营、停业或关闭"),
            Map.entry(ImportColumn.RISK_LEVEL, "红（重大）、橙（较大）、黄（一般）或蓝（低）"),
            Map.entry(ImportColumn.ABOVE_SCALE, "是或否，空白为否"),
            Map.entry(ImportColumn.MAJOR_HAZARD_SOURCE, "是或否，空白为否"),
            Map.entry(ImportColumn.HIGH_FIRE_RISK, "是或否，空白为否"),
            Map.entry(ImportColumn.SPECIAL_EQUIPMENT, "是或否，空白为否"),
            Map.entry(ImportColumn.CONTACT_NAME, "可空；填了职务或电话时必填，最多 " + EnterpriseValidator.PERSON_MAX + " 字"),
            Map.entry(ImportColumn.CONTACT_POSITION, "可空，最多 " + EnterpriseValidator.PERSON_MAX + " 字"),
            Map.entry(ImportColumn.CONTACT_PHONE, "可空；手机号（13812345678）或带区号的座机号（023-65671234）"));

    private TemplateSheets() {
    }

    /** The sheet to fill in: the template's header row. */
    public static SheetSpec entrySheet() {
        return new SheetSpec(EnterpriseSheet.SHEET_NAME, EnterpriseSheet.headers(ImportColumn.template()), List.of());
    }

    /** All three sheets of the XLSX template. */
    public static List<SheetSpec> workbook(ReferenceData refs) {
        return List.of(entrySheet(), help(refs), choices(refs));
    }

    static SheetSpec help(ReferenceData refs) {
        List<List<?>> rows = new ArrayList<>();
        for (ImportColumn column : ImportColumn.template()) {
            rows.add(List.of(column.zh(), column.en() + " / " + column.field(), column.required() ? "必填" : "可空",
                    HELP.get(column), allowed(column, refs)));
        }
        return new SheetSpec("说明", List.of("列名", "英文列名 / 字段名", "是否必填", "说明", "可选值"), rows);
    }

    static SheetSpec choices(ReferenceData refs) {
        List<List<?>> rows = new ArrayList<>();
        activeVillages(refs).forEach(v -> rows.add(List.of("村社区", v.code(), v.name(), "")));
        activeSectors(refs).forEach(s -> rows.add(List.of("行业", s.code(), s.name(), s.nameEn())));
        refs.departments().forEach(d -> rows.add(List.of("监管部门", d.id(), d.name(), d.nameEn())));
        for (EnterpriseStatus status : EnterpriseStatus.values()) {
            rows.add(List.of("经营状态", status.name(), Labels.status(status), status.name().toLowerCase()));
        }
        for (RiskLevel level : RiskLevel.values()) {
            rows.add(List.of("风险等级", level.name(), Labels.risk(level), level.name().toLowerCase()));
        }
        return new SheetSpec("可选值", List.of("类别", "代码", "名称", "英文名称"), rows);
    }

    private static String allowed(ImportColumn column, ReferenceData refs) {
        return switch (column) {
            case VILLAGE -> join(activeVillages(refs).stream().map(Village::name).toList(), "（尚未录入村社区，请联系管理员）");
            case SECTOR -> join(activeSectors(refs).stream().map(Sector::name).toList(), "");
            case DEPARTMENT, SECOND_DEPARTMENT -> join(refs.departments().stream().map(KnownDepartment::name).toList(),
                    "");
            case STATUS -> RowParser.STATUS_CHOICES;
            case RISK_LEVEL -> RowParser.RISK_CHOICES;
            case ABOVE_SCALE, MAJOR_HAZARD_SOURCE, HIGH_FIRE_RISK, SPECIAL_EQUIPMENT -> RowParser.FLAG_CHOICES;
            default -> "";
        };
    }

    private static List<Village> activeVillages(ReferenceData refs) {
        return refs.villages().stream().filter(Village::active).toList();
    }

    private static List<Sector> activeSectors(ReferenceData refs) {
        return refs.sectors().stream().filter(Sector::active).toList();
    }

    private static String join(List<String> names, String none) {
        return names.isEmpty() ? none : names.stream().collect(Collectors.joining("、"));
    }
}
