package org.safegrid.plates.internal.roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safegrid.api.module.LocalizedText;

/** The platform's own plate roles (measure 3 of the notice), in the order a plate shows them. */
public final class PlatformRoles {

    /** The source of the platform's roles. */
    public static final String SOURCE = "platform";

    public static final String REGULATOR = "regulator";
    public static final String TOWN_OFFICIAL = "town-official";
    public static final String ENTERPRISE_HEAD = "enterprise-head";
    public static final String SPECIAL_REGULATOR = "special-regulator";
    public static final String MANAGEMENT_LEAD = "management-lead";
    public static final String TECHNICAL_LEAD = "technical-lead";
    public static final String OPERATION_LEAD = "operation-lead";
    public static final String POST_LEAD = "post-lead";

    private static final Map<String, RequiredRole> ROLES = new LinkedHashMap<>();

    static {
        add(REGULATOR, "监管责任人", "Regulator", false);
        add(TOWN_OFFICIAL, "镇级分管责任人", "Town official in charge", false);
        add(ENTERPRISE_HEAD, "企业主体责任人", "Enterprise head", false);
        add(SPECIAL_REGULATOR, "专项监管责任人", "Special regulator", false);
        add(MANAGEMENT_LEAD, "管理层级负责人", "Management lead", false);
        add(TECHNICAL_LEAD, "技术层级负责人", "Technical lead", false);
        add(OPERATION_LEAD, "操作层级负责人", "Operation lead", false);
        add(POST_LEAD, "岗位责任人", "Post lead", true);
    }

    private PlatformRoles() {
    }

    private static void add(String code, String zh, String en, boolean multiple) {
        ROLES.put(code, new RequiredRole(code, LocalizedText.of(zh, en), multiple, SOURCE));
    }

    /** A platform role by its code. */
    public static RequiredRole role(String code) {
        RequiredRole role = ROLES.get(code);
        if (role == null) {
            throw new IllegalArgumentException("not a platform role: " + code);
        }
        return role;
    }

    public static Optional<RequiredRole> find(String code) {
        return Optional.ofNullable(code == null ? null : ROLES.get(code));
    }

    public static boolean isPlatform(String code) {
        return code != null && ROLES.containsKey(code);
    }

    /** All eight, in display order. */
    public static List<RequiredRole> all() {
        return List.copyOf(ROLES.values());
    }

    /** The display position of a platform role; contributed roles come after all of them. */
    public static int order(String code) {
        int i = 0;
        for (String known : ROLES.keySet()) {
            if (known.equals(code)) {
                return i;
            }
            i++;
        }
        return i;
    }
}
