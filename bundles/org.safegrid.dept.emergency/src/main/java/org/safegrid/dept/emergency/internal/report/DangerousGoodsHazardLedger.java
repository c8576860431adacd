package org.safegrid.dept.emergency.internal.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.safegrid.api.security.DataScope;
import org.safegrid.dept.emergency.internal.DangerousGoodsPlateRoles;
import org.safegrid.dept.emergency.internal.DutyClock;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseService;
import org.safegrid.hazards.api.Hazard;
import org.safegrid.hazards.api.HazardEvents;
import org.safegrid.hazards.api.HazardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the report section's ledger of hazards at dangerous-goods enterprises: on every hazard event it reads the
 * hazard and its enterprise as they stand and stores them, on its own worker so EventAdmin's thread is not held up.
 * The hazards API offers no counts by sector, hence the ledger; it knows the hazards that changed while this bundle
 * was installed.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + HazardEvents.TOPIC_PREFIX + "*")
public class DangerousGoodsHazardLedger implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DangerousGoodsHazardLedger.class);

    private final DangerousGoodsHazards store;
    private final HazardService hazards;
    private final EnterpriseService enterprises;
    private final DutyClock clock;
    private final ExecutorService worker;

    @Activate
    public DangerousGoodsHazardLedger(@Reference DangerousGoodsHazards store, @Reference HazardService hazards,
            @Reference EnterpriseService enterprises, @Reference DutyClock clock) {
        this.store = store;
        this.hazards = hazards;
        this.enterprises = enterprises;
        this.clock = clock;
        this.worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "safegrid-emergency-hazard-ledger"));
    }

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    @Override
    public void handleEvent(Event event) {
        Long hazardId = id(event.getProperty(HazardEvents.HAZARD_ID));
        if (hazardId == null) {
            return;
        }
        try {
            worker.execute(() -> record(hazardId));
        } catch (RejectedExecutionException e) {
            LOG.debug("Hazard {} not recorded: the ledger is stopping", hazardId);
        }
    }

    /** Reads the hazard and its enterprise and stores them when the enterprise handles dangerous goods. */
    void record(long hazardId) {
        try {
            Optional<Hazard> hazard = hazards.get(hazardId, DataScope.everything());
            if (hazard.isEmpty()) {
                return;
            }
            Optional<Enterprise> enterprise = enterprises.get(hazard.get().enterpriseId(), DataScope.everything());
            if (enterprise.isPresent() && DangerousGoodsPlateRoles.SECTORS.contains(enterprise.get().sector())) {
                store.record(facts(hazard.get(), enterprise.get(), clock.zone()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not record hazard {} in the dangerous-goods ledger", hazardId, e);
        }
    }

    static HazardFacts facts(Hazard h, Enterprise e, ZoneId zone) {
        LocalDate reported = h.reportedAt() == null ? LocalDate.now(zone) : LocalDate.ofInstant(h.reportedAt(), zone);
        LocalDate closed = h.closedAt() == null ? null : LocalDate.ofInstant(h.closedAt(), zone);
        return new HazardFacts(h.id(), e.id(), e.name(), e.sector(), e.department(), e.secondDepartment(),
                e.village(), String.valueOf(h.level()), String.valueOf(h.state()), reported, h.deadline(), closed);
    }

    private static Long id(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? null : Long.valueOf(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
