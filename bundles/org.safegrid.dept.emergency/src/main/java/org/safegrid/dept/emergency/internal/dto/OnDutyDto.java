package org.safegrid.dept.emergency.internal.dto;

import java.util.List;

/** Who is on duty at {@code at} (the town's local time): every shift running then, earliest start first. */
public record OnDutyDto(String at, List<ShiftDto> shifts) {
}
