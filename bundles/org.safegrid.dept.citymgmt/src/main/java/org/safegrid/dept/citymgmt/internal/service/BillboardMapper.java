package org.safegrid.dept.citymgmt.internal.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.safegrid.dept.citymgmt.internal.CitySettings;
import org.safegrid.dept.citymgmt.internal.dto.BillboardDto;
import org.safegrid.dept.citymgmt.internal.model.BillboardData;
import org.safegrid.dept.citymgmt.internal.persistence.BillboardEntity;

/** Copies validated data onto entities and entities into DTOs; dates leave as ISO-8601 strings. */
public final class BillboardMapper {

    private BillboardMapper() {
    }

    public static void apply(BillboardData data, BillboardEntity entity) {
        entity.setCode(data.code());
        entity.setLocation(data.location());
        entity.setVillage(data.village());
        entity.setKind(data.kind());
        entity.setOwner(data.owner());
        entity.setOwnerPhone(data.ownerPhone());
        entity.setEnterpriseId(data.enterpriseId());
        entity.setWidth(data.width());
        entity.setHeight(data.height());
        entity.setInstalledOn(data.installedOn());
        entity.setLastCheckedOn(data.lastCheckedOn());
        entity.setNote(data.note());
    }

    /** The billboard with its structural-check state on {@code today}. */
    public static BillboardDto toDto(BillboardEntity e, CitySettings settings, LocalDate today) {
        LocalDate due = settings.structuralCheckDue(e.getLastCheckedOn(), e.getInstalledOn());
        return new BillboardDto(e.getId(), e.getCode(), e.getLocation(), e.getVillage(), e.getKind().name(),
                e.getOwner(), e.getOwnerPhone(), e.getEnterpriseId(), e.getWidth(), e.getHeight(),
                area(e.getWidth(), e.getHeight()), date(e.getInstalledOn()), date(e.getLastCheckedOn()), date(due),
                today.isAfter(due), e.getNote(), e.getVersion(), e.getCreatedBy(), dateTime(e.getCreatedAt()),
                e.getUpdatedBy(), dateTime(e.getUpdatedAt()));
    }

    /** Width times height, to two decimals. */
    public static BigDecimal area(BigDecimal width, BigDecimal height) {
        return width.multiply(height).setScale(2, RoundingMode.HALF_UP);
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
