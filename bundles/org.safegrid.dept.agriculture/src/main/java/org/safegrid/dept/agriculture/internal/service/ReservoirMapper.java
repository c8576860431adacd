package org.safegrid.dept.agriculture.internal.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.safegrid.dept.agriculture.internal.FloodSeasonRule;
import org.safegrid.dept.agriculture.internal.dto.InspectionDto;
import org.safegrid.dept.agriculture.internal.dto.ReservoirDto;
import org.safegrid.dept.agriculture.internal.model.InspectionData;
import org.safegrid.dept.agriculture.internal.model.ReservoirData;
import org.safegrid.dept.agriculture.internal.persistence.InspectionEntity;
import org.safegrid.dept.agriculture.internal.persistence.ReservoirEntity;

/** Copies validated data onto entities and entities into DTOs; dates leave as ISO-8601 strings. */
public final class ReservoirMapper {

    private ReservoirMapper() {
    }

    public static void apply(ReservoirData data, ReservoirEntity entity) {
        entity.setCode(data.code());
        entity.setName(data.name());
        entity.setVillage(data.village());
        entity.setKind(data.kind());
        entity.setCapacity(data.capacity());
        entity.setDamType(data.damType());
        entity.setManagingUnit(data.managingUnit());
        entity.setEnterpriseId(data.enterpriseId());
        entity.setResponsible(data.responsible());
        entity.setResponsiblePhone(data.responsiblePhone());
        entity.setNote(data.note());
    }

    public static void apply(InspectionData data, InspectionEntity entity) {
        entity.setInspectedOn(data.inspectedOn());
        entity.setInspector(data.inspector());
        entity.setPassed(data.passed());
        entity.setFindings(data.findings());
    }

    /** The reservoir with its flood-season state on {@code today}. */
    public static ReservoirDto toDto(ReservoirEntity e, FloodSeasonRule rule, LocalDate today) {
        LocalDate due = rule.dueOn(e.getLastInspectedOn(), today).orElse(null);
        return new ReservoirDto(e.getId(), e.getCode(), e.getName(), e.getVillage(), e.getKind().name(),
                e.getCapacity(), e.getDamType().name(), e.getManagingUnit(), e.getEnterpriseId(), e.getResponsible(),
                e.getResponsiblePhone(), e.getNote(), date(e.getLastInspectedOn()), date(due),
                due != null && today.isAfter(due), e.getVersion(), e.getCreatedBy(), dateTime(e.getCreatedAt()),
                e.getUpdatedBy(), dateTime(e.getUpdatedAt()));
    }

    public static InspectionDto toDto(InspectionEntity e) {
        return new InspectionDto(e.getId(), e.getReservoirId(), date(e.getInspectedOn()), e.getInspector(),
                e.isPassed(), e.getFindings(), e.getCreatedBy(), dateTime(e.getCreatedAt()));
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static String dateTime(LocalDateTime dateTime) {
        return dateTime == null
                ? null
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
    }
}
