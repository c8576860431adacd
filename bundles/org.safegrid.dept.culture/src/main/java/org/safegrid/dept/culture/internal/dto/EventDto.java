package org.safegrid.dept.culture.internal.dto;

import java.util.List;

/**
 * A large event on the wire; {@code organiser} is the organiser's name (from the registry when it is a registered
 * enterprise) and {@code problems} the codes of the alerts it would raise now (empty when none).
 */
public record EventDto(long id, String name, Long organiserId, String organiserName, String organiser, String venue,
        String startAt, String endAt, int attendance, Integer capacity, boolean assessed, String assessedOn,
        String assessor, String result, boolean planFiled, String contact, String contactPhone, boolean cancelled,
        String note, List<String> problems, long version, String createdBy, String createdAt, String updatedBy,
        String updatedAt) {
}
