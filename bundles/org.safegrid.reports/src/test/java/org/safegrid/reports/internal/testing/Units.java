package org.safegrid.reports.internal.testing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.reports.internal.model.UnitDirectory;

/** Installed departments and villages, by hand. */
public final class Units implements UnitDirectory {

    private final Map<String, LocalizedText> departments = new LinkedHashMap<>();
    private final Map<String, Village> villages = new LinkedHashMap<>();

    public Units department(String id, String zh, String en) {
        departments.put(id, LocalizedText.of(zh, en));
        return this;
    }

    public Units village(String code, String name) {
        villages.put(code, new Village(code, name, true));
        return this;
    }

    /** The three departments and two villages most tests use. */
    public static Units standard() {
        return new Units().department("emergency", "应急办", "Emergency Management Office")
                .department("planning", "规建办", "Planning and Construction Office")
                .department("economic", "经发办", "Economic Development Office")
                .village("v01", "白市驿社区")
                .village("v02", "高田村");
    }

    @Override
    public Map<String, LocalizedText> installedDepartments() {
        return departments;
    }

    @Override
    public Map<String, Village> villages() {
        return villages;
    }
}
