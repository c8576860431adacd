package org.safegrid.inbox.internal.duty;

import org.safegrid.api.module.Permissions;

/**
 * The staff layers of measure 4 (日周月, on three layers), each named by a role that combines with the platform's: the
 * department and village layers ({@code inspector}, {@code deputy-head}, {@code head}) count only together with a
 * {@code dept-<id>} or {@code village-<code>} role, which names the unit; the committee office is the
 * {@code committee} role itself.
 */
public enum DutyLayer {
    /** 执法人员: enforcement work on every working day. */
    INSPECTOR("inspector", true),
    /** 分管负责人: a weekly scheduling entry. */
    DEPUTY_HEAD("deputy-head", true),
    /** 主要负责人: a monthly check of enforcement. */
    HEAD("head", true),
    /** 安委办: a daily review, a weekly coordination and a monthly inspection. */
    COMMITTEE(Permissions.COMMITTEE_ROLE, false);

    private final String role;
    private final boolean needsUnit;

    DutyLayer(String role, boolean needsUnit) {
        this.role = role;
        this.needsUnit = needsUnit;
    }

    /** The role that puts a user on this layer. */
    public String role() {
        return role;
    }

    /** Whether the role counts only together with a department or village role. */
    public boolean needsUnit() {
        return needsUnit;
    }
}
