package org.safegrid.enterprises.internal.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.persistence.ContactStore;
import org.safegrid.enterprises.internal.persistence.EnterpriseEntity;
import org.safegrid.enterprises.internal.persistence.SectorEntity;
import org.safegrid.enterprises.internal.persistence.VillageEntity;

/** Turns entities into the API's records. Call inside the transaction that loaded the entity. */
public final class EnterpriseMapper {

    private EnterpriseMapper() {
    }

    /** Enterprises with their contacts, read in one more query for all of them. */
    public static List<Enterprise> toEnterprises(EntityManager em, List<EnterpriseEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Contact>> contacts = ContactStore.of(em,
                entities.stream().map(EnterpriseEntity::getId).toList());
        return entities.stream().map(e -> toEnterprise(e, contacts.getOrDefault(e.getId(), List.of()))).toList();
    }

    public static Enterprise toEnterprise(EnterpriseEntity e, List<Contact> contacts) {
        return new Enterprise(e.getId(), e.getCreditCode(), e.getName(), e.getAddress(), e.getVillage(), e.getSector(),
                e.getDepartment(), e.getSecondDepartment(), e.getStaffCount(), Enterprise.isSmall(e.getStaffCount()),
                e.getStatus(), e.getRiskLevel(), e.getFlags(), contacts, e.getVersion(), e.getCreatedAt(),
                e.getUpdatedAt());
    }

    public static EnterpriseProfile toProfile(EnterpriseEntity e) {
        return new EnterpriseProfile(e.getId(), e.getCreditCode(), e.getName(), e.getSector(), e.getDepartment(),
                e.getSecondDepartment(), e.getVillage(), e.getRiskLevel().name(),
                e.getFlags().stream().map(Enum::name).collect(Collectors.toSet()), e.getStaffCount());
    }

    public static EnterpriseProfile toProfile(Enterprise e) {
        return new EnterpriseProfile(e.id(), e.creditCode(), e.name(), e.sector(), e.department(),
                e.secondDepartment(), e.village(), e.riskLevel().name(),
                e.flags().stream().map(Enum::name).collect(Collectors.toSet()), e.staffCount());
    }

    public static Village toVillage(VillageEntity v) {
        return new Village(v.getCode(), v.getName(), v.isActive());
    }

    public static Sector toSector(SectorEntity s) {
        return new Sector(s.getCode(), s.getName(), s.getNameEn(), s.getDepartment(), s.isActive());
    }
}
