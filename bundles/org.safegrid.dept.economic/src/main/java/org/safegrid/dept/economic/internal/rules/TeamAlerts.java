package org.safegrid.dept.economic.internal.rules;

import java.util.Set;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.module.Permissions;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.supervision.Alert;
import org.safegrid.dept.economic.internal.EconomicDepartment;

/** The alert about an above-scale enterprise without a chief-engineer team, the same from the rule and the sweep. */
public final class TeamAlerts {

    /** The alert's code, and the reminder code that keeps it from repeating. */
    public static final String CODE = "above-scale-without-team";

    /** The flag that marks an above-scale enterprise. */
    public static final String ABOVE_SCALE = "ABOVE_SCALE";

    private TeamAlerts() {
    }

    public static Alert missingTeam(EnterpriseProfile enterprise) {
        String name = enterprise.name();
        return new Alert(CODE, Alert.Level.WARNING,
                LocalizedText.of("规上企业未组建总工程师团队", "Above-scale enterprise without a chief-engineer team"),
                LocalizedText.of(name + " 为规上企业，尚未登记总工程师（技术负责人）安全团队。请督促其组建团队并在“总工程师团队”中登记（十条措施第十条）。",
                        name + " is above scale but has no chief-engineer safety team on record. See that it forms "
                                + "one and record it under Chief-engineer teams (measure 10)."),
                Set.of(Permissions.departmentRole(EconomicDepartment.ID)),
                "#/m/" + EconomicDepartment.ID + "/teams?enterprise=" + enterprise.id());
    }
}
