package org.safegrid.enterprises.internal.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.imports.ImportColumn;
import org.safegrid.enterprises.internal.model.KnownDepartment;
import org.safegrid.enterprises.internal.model.ReferenceData;

/**
 * Enterprises as spreadsheet rows: the template's columns with Chinese headers and names rather than codes (which the
 * import reads back), plus the id first and the last change at the end. Only the first contact fits the columns.
 */
public final class EnterpriseSheet {

    /** The sheet's name in exported workbooks and templates. */
    public static final String SHEET_NAME = "企业";

    private EnterpriseSheet() {
    }

    /** The export's columns, in order. */
    public static List<ImportColumn> exportColumns() {
        List<ImportColumn> columns = new ArrayList<>();
        columns.add(ImportColumn.ID);
        columns.addAll(ImportColumn.template());
        columns.add(ImportColumn.UPDATED_AT);
        return columns;
    }

    /** The Chinese headers of columns. */
    public static List<String> headers(List<ImportColumn> columns) {
        return columns.stream().map(ImportColumn::zh).toList();
    }

    /** One enterprise's cells for the export's columns. */
    public static List<Object> row(Enterprise e, ReferenceData refs) {
        Contact contact = e.contacts().isEmpty() ? null : e.contacts().get(0);
        Object[] cells = {e.id(), e.creditCode(), e.name(), e.address(), villageName(e.village(), refs),
                sectorName(e.sector(), refs), departmentName(e.department(), refs),
                departmentName(e.secondDepartment(), refs), e.staffCount(), Labels.status(e.status()),
                Labels.risk(e.riskLevel()), Labels.flag(e.flags().contains(EnterpriseFlag.ABOVE_SCALE)),
                Labels.flag(e.flags().contains(EnterpriseFlag.MAJOR_HAZARD_SOURCE)),
                Labels.flag(e.flags().contains(EnterpriseFlag.HIGH_FIRE_RISK)),
                Labels.flag(e.flags().contains(EnterpriseFlag.SPECIAL_EQUIPMENT)),
                contact == null ? null : contact.name(), contact == null ? null : contact.position(),
                contact == null ? null : contact.phone(), e.updatedAt()};
        return Arrays.asList(cells);
    }

    static String villageName(String code, ReferenceData refs) {
        Village village = refs.village(code);
        return village == null ? code : village.name();
    }

    static String sectorName(String code, ReferenceData refs) {
        Sector sector = refs.sector(code);
        return sector == null ? code : sector.name();
    }

    static String departmentName(String id, ReferenceData refs) {
        KnownDepartment department = refs.department(id);
        return department == null ? id : department.name();
    }
}
