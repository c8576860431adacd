package org.safegrid.checklists.internal.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The submitted periods of some enterprises, looked up by enterprise, template and period key. */
public final class Submitted {

    private final Map<Long, Map<String, Long>> byEnterprise = new HashMap<>();

    public Submitted(Collection<SubmittedPeriod> periods) {
        for (SubmittedPeriod p : periods) {
            byEnterprise.computeIfAbsent(p.enterpriseId(), id -> new HashMap<>())
                    .put(key(p.templateCode(), p.periodKey()), p.submissionId());
        }
    }

    /** The submission for the period, or 0 when there is none. */
    public long submission(long enterpriseId, String templateCode, String periodKey) {
        Map<String, Long> own = byEnterprise.get(enterpriseId);
        Long id = own == null ? null : own.get(key(templateCode, periodKey));
        return id == null ? 0 : id;
    }

    public boolean done(long enterpriseId, String templateCode, String periodKey) {
        return submission(enterpriseId, templateCode, periodKey) != 0;
    }

    private static String key(String templateCode, String periodKey) {
        return templateCode + '\n' + periodKey;
    }
}
