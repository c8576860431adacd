package org.safegrid.enterprises.internal.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.model.EnterpriseData;
import org.safegrid.enterprises.internal.model.ReferenceData;

/**
 * Checks every field of an enterprise against the rules and the reference data, the same for the JSON API and for
 * each imported row. Uniqueness of the credit code and the caller's scope are checked by the caller, which knows the
 * registry and the user.
 */
public final class EnterpriseValidator {

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int PERSON_MAX = 50;
    public static final int STAFF_MAX = 1_000_000;
    public static final int CONTACTS_MAX = 10;

    private EnterpriseValidator() {
    }

    /** The validated enterprise, or a 422 listing every failing field. */
    public static EnterpriseData validate(EnterpriseInput input, ReferenceData refs, Enterprise existing,
            boolean english) {
        FieldChecks checks = new FieldChecks(english);
        EnterpriseData data = check(input, refs, existing, checks);
        checks.throwIfInvalid();
        return data;
    }

    /**
     * Checks into {@code checks}; the data when every field passed, null otherwise.
     *
     * @param existing the enterprise being changed, or null for a new one: it may keep a village or sector that has
     *            been deactivated since
     */
    public static EnterpriseData check(EnterpriseInput input, ReferenceData refs, Enterprise existing,
            FieldChecks checks) {
        EnterpriseInput in = input != null
                ? input
                : new EnterpriseInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
        String creditCode = creditCode(in.creditCode(), checks);
        String name = checks.line("name", in.name(), NAME_MAX, true);
        String address = checks.line("address", in.address(), ADDRESS_MAX, false);
        String village = village(in.village(), refs, existing, checks);
        String sector = sector(in.sector(), refs, existing, checks);
        String department = department("department", in.department(), true, refs, checks);
        String second = department("secondDepartment", in.secondDepartment(), false, refs, checks);
        if (second != null && second.equals(department)) {
            checks.fail("secondDepartment", Messages.SAME_DEPARTMENT);
        }
        Integer staff = checks.required("staffCount", in.staffCount());
        if (staff != null && (staff < 0 || staff > STAFF_MAX)) {
            checks.fail("staffCount", Messages.STAFF_RANGE, STAFF_MAX);
        }
        var status = checks.required("status", in.status());
        var risk = checks.required("riskLevel", in.riskLevel());
        Set<EnterpriseFlag> flags = EnumSet.noneOf(EnterpriseFlag.class);
        if (in.flags() != null) {
            in.flags().stream().filter(Objects::nonNull).forEach(flags::add);
        }
        List<Contact> contacts = contacts(in.contacts(), checks);
        if (!checks.ok()) {
            return null;
        }
        return new EnterpriseData(creditCode, name, address, village, sector, department, second, staff, status, risk,
                flags, contacts);
    }

    /** The normalised code, or null with the message for what is wrong with it. */
    static String creditCode(String value, FieldChecks checks) {
        String code = CreditCode.normalise(value);
        CreditCode.Problem problem = CreditCode.problem(code);
        if (problem == null) {
            return code;
        }
        return switch (problem) {
            case MISSING -> checks.fail("creditCode", Messages.REQUIRED);
            case LENGTH -> checks.fail("creditCode", Messages.CREDIT_CODE_LENGTH, code.length());
            case CHARACTER -> checks.fail("creditCode", Messages.CREDIT_CODE_CHARACTER);
            case DIVISION -> checks.fail("creditCode", Messages.CREDIT_CODE_DIVISION);
            case CHECK -> checks.fail("creditCode", Messages.CREDIT_CODE_CHECK);
        };
    }

    private static String village(String value, ReferenceData refs, Enterprise existing, FieldChecks checks) {
        String code = checks.line("village", value, 100, true);
        if (code == null) {
            return null;
        }
        Village village = refs.village(code);
        if (village == null) {
            return checks.fail("village", Messages.UNKNOWN_VILLAGE, code);
        }
        if (!village.active() && (existing == null || !code.equals(existing.village()))) {
            return checks.fail("village", Messages.INACTIVE_VILLAGE, village.name());
        }
        return code;
    }

    private static String sector(String value, ReferenceData refs, Enterprise existing, FieldChecks checks) {
        String code = checks.line("sector", value, 100, true);
        if (code == null) {
            return null;
        }
        Sector sector = refs.sector(code);
        if (sector == null) {
            return checks.fail("sector", Messages.UNKNOWN_SECTOR, code);
        }
        if (!sector.active() && (existing == null || !code.equals(existing.sector()))) {
            return checks.fail("sector", Messages.INACTIVE_SECTOR, sector.name());
        }
        return code;
    }

    private static String department(String field, String value, boolean required, ReferenceData refs,
            FieldChecks checks) {
        String id = checks.line(field, value, 100, required);
        if (id != null && refs.department(id) == null) {
            return checks.fail(field, Messages.UNKNOWN_DEPARTMENT, id);
        }
        return id;
    }

    private static List<Contact> contacts(List<Contact> given, FieldChecks checks) {
        List<Contact> contacts = new ArrayList<>();
        if (given == null) {
            return contacts;
        }
        if (given.size() > CONTACTS_MAX) {
            checks.fail("contacts", Messages.TOO_MANY_CONTACTS, CONTACTS_MAX);
            return contacts;
        }
        for (int i = 0; i < given.size(); i++) {
            Contact c = given.get(i);
            String prefix = "contacts[" + i + "].";
            if (c == null) {
                checks.fail(prefix + "name", Messages.REQUIRED);
                continue;
            }
            String name = checks.line(prefix + "name", c.name(), PERSON_MAX, true);
            String position = checks.line(prefix + "position", c.position(), PERSON_MAX, false);
            String phone = checks.phone(prefix + "phone", c.phone());
            contacts.add(new Contact(name, position, phone));
        }
        return contacts;
    }
}
