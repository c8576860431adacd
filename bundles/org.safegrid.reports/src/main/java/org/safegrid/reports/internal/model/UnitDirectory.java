package org.safegrid.reports.internal.model;

import java.util.Map;

import org.safegrid.api.module.LocalizedText;

/** The names of the units: departments (installed or known) and villages. */
public interface UnitDirectory {

    /** The six departments of the town, for names when a department's bundle is not installed. */
    Map<String, LocalizedText> KNOWN_DEPARTMENTS = Map.of("emergency",
            LocalizedText.of("应急办", "Emergency Management Office"), "planning",
            LocalizedText.of("规建办", "Planning and Construction Office"), "economic",
            LocalizedText.of("经发办", "Economic Development Office"), "culture",
            LocalizedText.of("文服中心", "Culture Service Centre"), "agriculture",
            LocalizedText.of("农服中心", "Agricultural Service Centre"), "citymgmt",
            LocalizedText.of("城管大队", "City Management Brigade"));

    /** The installed departments, by id, with their names. */
    Map<String, LocalizedText> installedDepartments();

    /** Every village, by code, with its name; and whether it is active. */
    Map<String, Village> villages();

    /** A village. */
    record Village(String code, String name, boolean active) {
    }

    /** The names as they are now, read once: for one report. */
    default UnitDirectory snapshot() {
        return new Fixed(Map.copyOf(installedDepartments()), Map.copyOf(villages()));
    }

    /** Names read once. */
    record Fixed(Map<String, LocalizedText> installedDepartments, Map<String, Village> villages)
            implements
                UnitDirectory {
    }

    /** The name of a department: its descriptor's, else the known one, else its id. */
    default LocalizedText departmentName(String id) {
        LocalizedText installed = installedDepartments().get(id);
        if (installed != null) {
            return installed;
        }
        return KNOWN_DEPARTMENTS.getOrDefault(id, LocalizedText.of(id, id));
    }

    /** Whether a department is installed now or one of the town's six. */
    default boolean knowsDepartment(String id) {
        return installedDepartments().containsKey(id) || KNOWN_DEPARTMENTS.containsKey(id);
    }

    /** The name of a village, else its code. */
    default LocalizedText villageName(String code) {
        Village village = villages().get(code);
        String name = village == null ? code : village.name();
        return LocalizedText.of(name, name);
    }
}
