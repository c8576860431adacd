package org.safegrid.plates.internal.rest;

import java.util.Map;

import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.RoleStatus;
import org.safegrid.plates.internal.dto.PlateView;
import org.safegrid.plates.internal.dto.RoleDutyView;
import org.safegrid.plates.internal.dto.RoleView;
import org.safegrid.plates.internal.model.Duty;
import org.safegrid.plates.internal.roles.RequiredRole;

/** Turns plates and roles into what the REST API answers. */
final class Views {

    private Views() {
    }

    static PlateView plate(Plate plate, Map<String, Duty> duties, boolean editable) {
        return new PlateView(plate.enterpriseId(), plate.creditCode(), plate.enterpriseName(),
                plate.roles().stream().map(r -> role(r, duties.get(r.code()))).toList(), plate.persons(),
                plate.missing(), plate.complete(), plate.version(), plate.updatedAt(), editable);
    }

    static RoleView role(RoleStatus role, Duty duty) {
        return new RoleView(role.code(), role.name(), role.nameEn(), role.multiple(), role.source(), role.count(),
                role.filled(), duty == null ? null : duty.duty(), duty == null ? null : duty.dutyEn());
    }

    static RoleDutyView role(RequiredRole role, Duty duty) {
        return new RoleDutyView(role.code(), role.name().zh(), role.name().en(), role.multiple(), role.source(),
                duty == null ? null : duty.duty(), duty == null ? null : duty.dutyEn(),
                duty == null ? null : duty.updatedAt(), duty == null ? null : duty.updatedBy());
    }
}
