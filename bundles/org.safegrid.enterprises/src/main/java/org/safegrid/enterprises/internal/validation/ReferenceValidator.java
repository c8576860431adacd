package org.safegrid.enterprises.internal.validation;

import java.util.regex.Pattern;

import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.model.SectorInput;
import org.safegrid.enterprises.internal.model.VillageInput;

/** Checks villages and sectors that an administrator adds or changes. */
public final class ReferenceValidator {

    /** Codes of villages and sectors; a village code also makes the role {@code village-<code>}. */
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    public static final int NAME_MAX = 100;

    private ReferenceValidator() {
    }

    /**
     * The village to store, or a 422.
     *
     * @param pathCode the code from the path on a change, null on create
     * @param current the village being changed, null on create
     */
    public static Village village(VillageInput input, String pathCode, Village current, boolean english) {
        VillageInput in = input != null ? input : new VillageInput(null, null, null);
        FieldChecks checks = new FieldChecks(english);
        String code = code(in.code(), pathCode, checks);
        String name = checks.line("name", in.name(), NAME_MAX, true);
        checks.throwIfInvalid();
        return new Village(code, name, active(in.active(), current == null ? null : current.active()));
    }

    /** The sector to store, or a 422; its department must be known. */
    public static Sector sector(SectorInput input, String pathCode, Sector current, ReferenceData refs,
            boolean english) {
        SectorInput in = input != null ? input : new SectorInput(null, null, null, null, null);
        FieldChecks checks = new FieldChecks(english);
        String code = code(in.code(), pathCode, checks);
        String name = checks.line("name", in.name(), NAME_MAX, true);
        String nameEn = checks.line("nameEn", in.nameEn(), NAME_MAX, true);
        String department = checks.line("department", in.department(), NAME_MAX, false);
        if (department != null && refs.department(department) == null) {
            checks.fail("department", Messages.UNKNOWN_DEPARTMENT, department);
        }
        checks.throwIfInvalid();
        return new Sector(code, name, nameEn, department,
                active(in.active(), current == null ? null : current.active()));
    }

    private static String code(String given, String pathCode, FieldChecks checks) {
        if (pathCode != null) {
            String code = given == null ? null : given.strip();
            if (code != null && !code.isEmpty() && !code.equals(pathCode)) {
                checks.fail("code", Messages.CODE_CHANGED, pathCode);
            }
            return pathCode;
        }
        String code = checks.line("code", given, 40, true);
        if (code != null && !CODE.matcher(code).matches()) {
            return checks.fail("code", Messages.BAD_CODE);
        }
        return code;
    }

    private static boolean active(Boolean given, Boolean current) {
        if (given != null) {
            return given;
        }
        return current == null || current;
    }
}
