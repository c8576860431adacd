package org.safegrid.enterprises.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Required;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.internal.model.EnterpriseData;
import org.safegrid.enterprises.internal.model.ReferenceData;
import org.safegrid.enterprises.internal.persistence.ContactStore;
import org.safegrid.enterprises.internal.persistence.DatabaseErrors;
import org.safegrid.enterprises.internal.persistence.EnterpriseEntity;
import org.safegrid.enterprises.internal.query.ScopedQuery;
import org.safegrid.enterprises.internal.validation.EnterpriseValidator;
import org.safegrid.enterprises.internal.validation.FieldChecks;
import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Messages;

/**
 * Registers and changes single enterprises. The order of the checks decides the answer: who may change anything at
 * all (403), the fields (422), whether the result stays in the caller's departments (403), the version (409
 * {@code stale}) and the credit code's uniqueness (409 {@code duplicate_credit_code}, also when another request wins
 * the race to the unique index).
 */
public final class EnterpriseChanges {

    private final JpaTemplate jpa;

    EnterpriseChanges(JpaTemplate jpa) {
        this.jpa = jpa;
    }

    Enterprise create(EnterpriseInput input, ReferenceData refs, DataScope scope, String user, boolean english) {
        if (!mayChangeAny(scope)) {
            throw Failures.readOnly(english);
        }
        EnterpriseData data = EnterpriseValidator.validate(input, refs, null, english);
        checkAssign(data, scope, english);
        return translate(data.creditCode(), english, () -> jpa.txExpr(Required, em -> {
            if (codeTaken(em, data.creditCode(), null)) {
                throw Failures.duplicateCreditCode(english, data.creditCode());
            }
            EnterpriseEntity entity = new EnterpriseEntity();
            entity.apply(data);
            entity.created(user, now());
            em.persist(entity);
            em.flush();
            ContactStore.insert(em, entity.getId(), data.contacts());
            em.flush();
            return EnterpriseMapper.toEnterprise(entity, data.contacts());
        }));
    }

    Enterprise update(long id, EnterpriseInput input, ReferenceData refs, DataScope scope, String user,
            boolean english) {
        String code = input == null ? null : input.creditCode();
        return translate(code, english, () -> jpa.txExpr(Required, em -> {
            EnterpriseEntity entity = ScopedQuery.of(scope)
                    .id(id)
                    .select(em, null)
                    .getResultList()
                    .stream()
                    .findFirst()
                    .orElseThrow(() -> Failures.notFound(english, Failures.ENTERPRISE, id));
            Enterprise current = EnterpriseMapper.toEnterprises(em, List.of(entity)).get(0);
            if (!scope.edits(current.department(), current.secondDepartment())) {
                throw Failures.readOnly(english);
            }
            FieldChecks checks = new FieldChecks(english);
            EnterpriseData data = EnterpriseValidator.check(input, refs, current, checks);
            if (input == null || input.version() == null) {
                checks.fail("version", Messages.VERSION_REQUIRED);
            }
            checks.throwIfInvalid();
            checkAssign(data, scope, english);
            if (input.version() != entity.getVersion()) {
                throw Failures.stale(english, entity.getVersion());
            }
            if (codeTaken(em, data.creditCode(), id)) {
                throw Failures.duplicateCreditCode(english, data.creditCode());
            }
            entity.apply(data);
            entity.updated(user, now());
            ContactStore.replace(em, id, data.contacts());
            em.flush();
            return EnterpriseMapper.toEnterprise(entity, data.contacts());
        }));
    }

    /** Whether the scope may register or change any enterprise at all: village users only read. */
    public static boolean mayChangeAny(DataScope scope) {
        return scope.all() || !scope.departments().isEmpty();
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A department user must keep the enterprise in one of their departments. */
    private static void checkAssign(EnterpriseData data, DataScope scope, boolean english) {
        if (!scope.edits(data.department(), data.secondDepartment())) {
            throw Failures.notYourDepartment(english, scope.departments());
        }
    }

    private static boolean codeTaken(EntityManager em, String code, Long except) {
        return em.createQuery("SELECT e.id FROM " + ScopedQuery.ENTITY + " e WHERE e.creditCode = :code", Long.class)
                .setParameter("code", code)
                .getResultList()
                .stream()
                .anyMatch(other -> !Objects.equals(other, except));
    }

    /** Database conflicts found only when writing become the same 409s as the checks before. */
    private static <T> T translate(String creditCode, boolean english, Supplier<T> change) {
        try {
            return change.get();
        } catch (SafeGridException e) {
            throw e;
        } catch (RuntimeException e) {
            if (DatabaseErrors.isOptimisticLock(e)) {
                throw Failures.stale(english, null);
            }
            if (DatabaseErrors.isUniqueViolation(e)) {
                throw Failures.duplicateCreditCode(english, String.valueOf(CreditCode.normalise(creditCode)));
            }
            throw e;
        }
    }
}
