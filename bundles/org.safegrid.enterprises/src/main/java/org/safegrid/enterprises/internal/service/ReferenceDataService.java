package org.safegrid.enterprises.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;
import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.util.List;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.model.KnownDepartment;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.model.SectorInput;
import org.safegrid.enterprises.internal.model.VillageInput;
import org.safegrid.enterprises.internal.persistence.DatabaseErrors;
import org.safegrid.enterprises.internal.persistence.EnterpriseUnit;
import org.safegrid.enterprises.internal.persistence.SectorEntity;
import org.safegrid.enterprises.internal.persistence.VillageEntity;
import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Messages;
import org.safegrid.enterprises.internal.validation.ReferenceValidator;
import org.safegrid.enterprises.internal.validation.Text;

/**
 * Villages and sectors: read by everyone, changed by administrators (the resources check the role). Deactivating one
 * keeps its enterprises; it only stops new enterprises from naming it.
 */
@Component(service = ReferenceDataService.class)
public class ReferenceDataService {

    private final JpaTemplate jpa;
    private final DepartmentCatalog departments;

    @Activate
    public ReferenceDataService(@Reference(target = EnterpriseUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnterpriseUnit.SCHEMA_TARGET) ModuleSchema schema,
            @Reference DepartmentCatalog departments) {
        this.jpa = jpa;
        this.departments = departments;
    }

    /** Every village, active or not, by code. */
    public List<Village> villages() {
        return jpa.txExpr(Supports, ReferenceDataService::villages);
    }

    /** Every sector, active or not, by code. */
    public List<Sector> sectors() {
        return jpa.txExpr(Supports, ReferenceDataService::sectors);
    }

    public List<KnownDepartment> departments() {
        return departments.all();
    }

    /** The villages, sectors and departments as they are now. */
    public ReferenceData snapshot() {
        return jpa.txExpr(Supports, em -> new ReferenceData(villages(em), sectors(em), departments.all()));
    }

    public Village createVillage(VillageInput input, boolean english) {
        Village village = ReferenceValidator.village(input, null, null, english);
        return save(() -> jpa.txExpr(Required, em -> {
            if (em.find(VillageEntity.class, village.code()) != null) {
                throw duplicate("duplicate_village", Messages.DUPLICATE_VILLAGE, english, "code", village.code());
            }
            checkVillageName(em, village, english);
            VillageEntity entity = new VillageEntity(village.code());
            copy(village, entity);
            em.persist(entity);
            em.flush();
            return EnterpriseMapper.toVillage(entity);
        }), english);
    }

    public Village updateVillage(String code, VillageInput input, boolean english) {
        return save(() -> jpa.txExpr(Required, em -> {
            VillageEntity entity = em.find(VillageEntity.class, code);
            if (entity == null) {
                throw Failures.notFound(english, Failures.VILLAGE, code);
            }
            Village village = ReferenceValidator.village(input, code, EnterpriseMapper.toVillage(entity), english);
            checkVillageName(em, village, english);
            copy(village, entity);
            em.flush();
            return EnterpriseMapper.toVillage(entity);
        }), english);
    }

    public Sector createSector(SectorInput input, boolean english) {
        Sector sector = ReferenceValidator.sector(input, null, null, snapshot(), english);
        return save(() -> jpa.txExpr(Required, em -> {
            if (em.find(SectorEntity.class, sector.code()) != null) {
                throw duplicate("duplicate_sector", Messages.DUPLICATE_SECTOR, english, "code", sector.code());
            }
            checkSectorName(em, sector, english);
            SectorEntity entity = new SectorEntity(sector.code());
            copy(sector, entity);
            em.persist(entity);
            em.flush();
            return EnterpriseMapper.toSector(entity);
        }), english);
    }

    public Sector updateSector(String code, SectorInput input, boolean english) {
        ReferenceData refs = snapshot();
        return save(() -> jpa.txExpr(Required, em -> {
            SectorEntity entity = em.find(SectorEntity.class, code);
            if (entity == null) {
                throw Failures.notFound(english, Failures.SECTOR, code);
            }
            Sector sector = ReferenceValidator.sector(input, code, EnterpriseMapper.toSector(entity), refs, english);
            checkSectorName(em, sector, english);
            copy(sector, entity);
            em.flush();
            return EnterpriseMapper.toSector(entity);
        }), english);
    }

    static List<Village> villages(EntityManager em) {
        return em.createQuery("SELECT v FROM EntVillage v ORDER BY v.code", VillageEntity.class)
                .getResultList()
                .stream()
                .map(EnterpriseMapper::toVillage)
                .toList();
    }

    static List<Sector> sectors(EntityManager em) {
        return em.createQuery("SELECT s FROM EntSector s ORDER BY s.code", SectorEntity.class)
                .getResultList()
                .stream()
                .map(EnterpriseMapper::toSector)
                .toList();
    }

    private static void checkVillageName(EntityManager em, Village village, boolean english) {
        List<String> holders = em
                .createQuery("SELECT v.code FROM EntVillage v WHERE v.name = :name AND v.code <> :code", String.class)
                .setParameter("name", village.name())
                .setParameter("code", village.code())
                .getResultList();
        if (!holders.isEmpty()) {
            throw duplicate("duplicate_village_name", Messages.DUPLICATE_VILLAGE_NAME, english, "name",
                    village.name());
        }
    }

    private static void checkSectorName(EntityManager em, Sector sector, boolean english) {
        List<String> holders = em
                .createQuery("SELECT s.code FROM EntSector s WHERE s.name = :name AND s.code <> :code", String.class)
                .setParameter("name", sector.name())
                .setParameter("code", sector.code())
                .getResultList();
        if (!holders.isEmpty()) {
            throw duplicate("duplicate_sector_name", Messages.DUPLICATE_SECTOR_NAME, english, "name", sector.name());
        }
    }

    private static void copy(Village village, VillageEntity entity) {
        entity.setName(village.name());
        entity.setActive(village.active());
    }

    private static void copy(Sector sector, SectorEntity entity) {
        entity.setName(sector.name());
        entity.setNameEn(sector.nameEn());
        entity.setDepartment(sector.department());
        entity.setActive(sector.active());
    }

    private static SafeGridException duplicate(String code, Text text,
            boolean english, String field, String value) {
        return Failures.conflict(code, text.format(english, value), field, value);
    }

    /** Runs a change; a unique index that another request won in the meantime becomes a 409. */
    private static <T> T save(Supplier<T> change, boolean english) {
        try {
            return change.get();
        } catch (SafeGridException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUniqueViolation(e)) {
                throw Failures.conflict("duplicate", Messages.DUPLICATE_REFERENCE.format(english), "code", "");
            }
            throw e;
        }
    }
}
