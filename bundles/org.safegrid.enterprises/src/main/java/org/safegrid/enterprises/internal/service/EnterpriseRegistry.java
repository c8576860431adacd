package org.safegrid.enterprises.internal.service;

import static org.apache.aries.jpa.template.TransactionType.Supports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.safegrid.api.data.ModuleSchema;
import org.safegrid.api.plate.EnterpriseProfile;
import org.safegrid.api.security.DataScope;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.EnterpriseQuery;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.enterprises.api.Page;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.events.EnterprisePublisher;
import org.safegrid.enterprises.internal.events.EnterprisePublisher.Changed;
import org.safegrid.enterprises.internal.persistence.EnterpriseEntity;
import org.safegrid.enterprises.internal.persistence.EnterpriseUnit;
import org.safegrid.enterprises.internal.query.ScopedQuery;
import org.safegrid.enterprises.internal.query.SortOrder;
import org.safegrid.enterprises.internal.validation.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enterprise registry. Every read goes through {@link ScopedQuery}, which ANDs the caller's scope to the query;
 * registering and changing go through {@link EnterpriseChanges}. Active only once the module's schema is at its
 * version.
 */
@Component(service = {EnterpriseService.class, EnterpriseRegistry.class})
public class EnterpriseRegistry implements EnterpriseService {

    private static final Logger LOG = LoggerFactory.getLogger(EnterpriseRegistry.class);

    private final JpaTemplate jpa;
    private final ReferenceDataService reference;
    private final EnterpriseChanges changes;
    private final EnterprisePublisher publisher;

    @Activate
    public EnterpriseRegistry(@Reference(target = EnterpriseUnit.JPA_TARGET) JpaTemplate jpa,
            @Reference(target = EnterpriseUnit.SCHEMA_TARGET) ModuleSchema schema,
            @Reference ReferenceDataService reference, @Reference EnterprisePublisher publisher) {
        this.jpa = jpa;
        this.reference = reference;
        this.changes = new EnterpriseChanges(jpa);
        this.publisher = publisher;
        LOG.debug("Enterprise registry ready on schema {} version {}", schema.module(), schema.version());
    }

    @Override
    public Page<Enterprise> find(EnterpriseQuery query, DataScope scope) {
        EnterpriseQuery q = query == null ? EnterpriseQuery.all() : query;
        checkPaging(q.page(), q.size());
        String orderBy = SortOrder.orderBy(q.sort(), false);
        ScopedQuery where = ScopedQuery.of(scope).filter(q);
        return jpa.txExpr(Supports, em -> {
            long total = where.count(em).getSingleResult();
            long offset = (long) q.page() * q.size();
            if (total <= offset) {
                return new Page<>(List.of(), q.page(), q.size(), total);
            }
            List<Enterprise> items = EnterpriseMapper.toEnterprises(em,
                    where.select(em, orderBy).setFirstResult((int) offset).setMaxResults(q.size()).getResultList());
            return new Page<>(items, q.page(), q.size(), total);
        });
    }

    @Override
    public Optional<Enterprise> get(long id, DataScope scope) {
        ScopedQuery where = ScopedQuery.of(scope).id(id);
        return jpa.txExpr(Supports,
                em -> EnterpriseMapper.toEnterprises(em, where.select(em, null).getResultList()).stream().findFirst());
    }

    @Override
    public Optional<Enterprise> byCreditCode(String creditCode) {
        String code = CreditCode.normalise(creditCode);
        if (code == null || code.isEmpty()) {
            return Optional.empty();
        }
        return jpa.txExpr(Supports, em -> EnterpriseMapper.toEnterprises(em, em
                .createQuery("SELECT e FROM " + ScopedQuery.ENTITY + " e WHERE e.creditCode = :code",
                        EnterpriseEntity.class)
                .setParameter("code", code)
                .getResultList()).stream().findFirst());
    }

    @Override
    public boolean mayEdit(Enterprise enterprise, DataScope scope) {
        return enterprise != null && scope != null
                && scope.edits(enterprise.department(), enterprise.secondDepartment());
    }

    @Override
    public List<EnterpriseProfile> profiles(EnterpriseQuery query, DataScope scope) {
        ScopedQuery where = ScopedQuery.of(scope).filter(query);
        String orderBy = SortOrder.orderBy(query == null ? null : query.sort(), false);
        return jpa.txExpr(Supports, em -> where.select(em, orderBy)
                .getResultList()
                .stream()
                .map(EnterpriseMapper::toProfile)
                .toList());
    }

    @Override
    public EnterpriseProfile profile(Enterprise enterprise) {
        return EnterpriseMapper.toProfile(enterprise);
    }

    @Override
    public List<Village> villages() {
        return reference.villages();
    }

    @Override
    public List<Sector> sectors() {
        return reference.sectors();
    }

    /** Registers an enterprise; see {@link EnterpriseChanges#create}. */
    public Enterprise create(EnterpriseInput input, DataScope scope, String user, boolean english) {
        Enterprise created = changes.create(input, reference.snapshot(), scope, user, english);
        publisher.created(List.of(new Changed(created.id(), created.department())), user); // committed
        return created;
    }

    /** Changes an enterprise; see {@link EnterpriseChanges#update}. */
    public Enterprise update(long id, EnterpriseInput input, DataScope scope, String user, boolean english) {
        Enterprise updated = changes.update(id, input, reference.snapshot(), scope, user, english);
        publisher.updated(List.of(new Changed(updated.id(), updated.department())), user); // committed
        return updated;
    }

    /** Posts the events of enterprises an import saved. */
    public EnterprisePublisher publisher() {
        return publisher;
    }

    /** The ids of every enterprise in scope matching the query's filters, in its sort order (paging ignored). */
    public List<Long> matchingIds(EnterpriseQuery query, DataScope scope) {
        ScopedQuery where = ScopedQuery.of(scope).filter(query);
        String orderBy = SortOrder.orderBy(query == null ? null : query.sort(), false);
        return jpa.txExpr(Supports, em -> where.selectIds(em, orderBy).getResultList());
    }

    /** The enterprises in scope with these ids, in the order of the ids; ids out of scope or gone are left out. */
    public List<Enterprise> load(List<Long> ids, DataScope scope) {
        if (ids.isEmpty()) {
            return List.of();
        }
        ScopedQuery where = ScopedQuery.of(scope).ids(ids);
        Map<Long, Enterprise> byId = new HashMap<>();
        jpa.txExpr(Supports, em -> EnterpriseMapper.toEnterprises(em, where.select(em, null).getResultList()))
                .forEach(e -> byId.put(e.id(), e));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** Every registered credit code, whatever the scope: an import refuses a code registered by anyone. */
    public Set<String> creditCodes() {
        return jpa.txExpr(Supports, em -> new HashSet<>(em
                .createQuery("SELECT e.creditCode FROM " + ScopedQuery.ENTITY + " e", String.class)
                .getResultList()));
    }

    public ReferenceDataService reference() {
        return reference;
    }

    public JpaTemplate jpa() {
        return jpa;
    }

    /** Other bundles call with pages they made; the REST resources check the caller's first, in their language. */
    static void checkPaging(int page, int size) {
        if (page < 0) {
            throw Failures.badParameter("bad_page", "page", "page must be 0 or more, not " + page);
        }
        if (size < 1 || size > EnterpriseQuery.MAX_SIZE) {
            throw Failures.badParameter("bad_size", "size",
                    "size must be from 1 to " + EnterpriseQuery.MAX_SIZE + ", not " + size);
        }
    }
}
