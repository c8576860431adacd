package org.safegrid.enforcement.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.security.DataScope;
import org.safegrid.enforcement.api.RepeatOffender;
import org.safegrid.enforcement.internal.persistence.EnforcementUnit;
import org.safegrid.enforcement.internal.persistence.RepeatEntity;
import org.safegrid.enterprises.api.Page;

/** Repeat offences (recorded by {@link CaseStore#open}). */
@Component(service = RepeatStore.class)
public class RepeatStore {

    private final JpaTemplate jpa;

    @Activate
    public RepeatStore(@Reference(target = EnforcementUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnforcementUnit.SCHEMA_TARGET) ModuleSchema schema) {
        this(jpa);
    }

    public RepeatStore(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    /** The last day of the enterprise's latest repeat offence in force on {@code day}, if any. */
    public Optional<LocalDate> activeUntil(long enterpriseId, LocalDate day) {
        return jpa.txExpr(Supports, em -> Optional.ofNullable(em
                .createQuery("SELECT MAX(r.windowEnd) FROM EnfRepeat r WHERE r.enterpriseId = :enterprise"
                        + " AND r.windowEnd >= :day", LocalDate.class)
                .setParameter("enterprise", enterpriseId)
                .setParameter("day", day)
                .getSingleResult()));
    }

    /** Repeat offences in scope, latest first; only those in force on {@code today} when {@code activeOnly}. */
    public Page<RepeatOffender> list(boolean activeOnly, LocalDate today, DataScope scope, int page, int size) {
        Where where = Where.scoped(scope).and("a.windowEnd >= :today", "today", activeOnly ? today : null);
        return jpa.txExpr(Supports, em -> Pages.page(em, "EnfRepeat", where, "a.flaggedAt DESC, a.id DESC",
                RepeatEntity.class, page, size, r -> r.toApi(today)));
    }
}
