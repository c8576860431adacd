package org.safegrid.plates.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.model.StoredPlate;
import org.safegrid.testing.DerbyUnit;
import org.safegrid.testing.LocalJpaTemplate;

/**
 * Two saves of the same plate at the same version, truly overlapping: the second to commit loses with a conflict and
 * leaves nothing half-written.
 */
class PlateStoreRaceTest {

    static DerbyUnit unit;

    @BeforeAll
    static void start() throws Exception {
        unit = new DerbyUnit("plates-race", DerbyUnit.PLATES);
    }

    @AfterAll
    static void stop() {
        unit.close();
    }

    static PlatePerson p(String role, String name) {
        return new PlatePerson(0, role, name, null, "13812345678", null, null);
    }

    @Test
    void theLaterOfTwoOverlappingSavesIsStale() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T02:00:00Z"), ZoneOffset.UTC);
        LocalJpaTemplate plain = new LocalJpaTemplate(unit.emf);
        PlateStore other = new PlateStore(plain, unit.schema(), clock);
        other.replace(5, 0, List.of(p("regulator", "王")), "first").orElseThrow();

        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            // while the slow save has read the plate (version 1) and its people, another save commits version 2
            AtomicBoolean raced = new AtomicBoolean();
            JpaTemplate racing = new Interrupting(plain, () -> {
                if (raced.compareAndSet(false, true)) {
                    StoredPlate won = executor.submit(() -> other.replace(5, 1, List.of(p("regulator", "李")), "fast")
                            .orElseThrow()).get(30, TimeUnit.SECONDS);
                    assertEquals(2, won.version());
                }
            });
            PlateStore slow = new PlateStore(racing, unit.schema(), clock);

            assertTrue(slow.replace(5, 1, List.of(p("regulator", "赵"), p("town-official", "刘")), "slow").isEmpty(),
                    "the slow save lost");
            assertTrue(raced.get());
        } finally {
            executor.shutdownNow();
        }
        StoredPlate now = other.load(5);
        assertEquals(2, now.version());
        assertEquals(List.of("李"), now.persons().stream().map(PlatePerson::name).toList());
        assertEquals(2, unit.count("SELECT COUNT(*) FROM SG_PLT_HISTORY WHERE ENTERPRISE_ID = 5"),
                "the first save's addition and the fast one's change of name; nothing of the slow one");
        assertEquals(1, unit.count("SELECT COUNT(*) FROM SG_PLT_PERSON WHERE ENTERPRISE_ID = 5"));
    }

    /** Runs a hook when the transactional code first flushes: after it has read, before it has written. */
    record Interrupting(JpaTemplate delegate, Hook hook) implements JpaTemplate {

        interface Hook {
            void run() throws Exception;
        }

        @Override
        public <R> R txExpr(TransactionType type, EmFunction<R> code) {
            return delegate.txExpr(type, em -> code.apply(wrap(em)));
        }

        private EntityManager wrap(EntityManager em) {
            return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[]{EntityManager.class}, (proxy, method, args) -> {
                        if (method.getName().equals("flush")) {
                            hook.run();
                        }
                        try {
                            return method.invoke(em, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public void tx(TransactionType type, EmConsumer code) {
            txExpr(type, em -> {
                code.accept(em);
                return null;
            });
        }

        @Override
        public <R> R txExpr(EmFunction<R> code) {
            return txExpr(TransactionType.Required, code);
        }

        @Override
        public void tx(EmConsumer code) {
            tx(TransactionType.Required, code);
        }
    }
}
