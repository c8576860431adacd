package org.safegrid.enforcement.api;

/**
 * Where an enforcement case stands. Only forward:
 *
 * <pre>
 * ORDERED ─ re-inspection, rectified ──────→ REINSPECTED_RECTIFIED (closed)
 *         └ re-inspection, not rectified ──→ REINSPECTED_NOT_RECTIFIED ─ penalty ─→ PENALISED
 * PENALISED ─ refusal to rectify ─→ DAILY_PENALTY ─ rectified ─→ RECTIFIED (closed)
 * PENALISED ─ rectified ─→ RECTIFIED (closed)
 * </pre>
 */
public enum CaseState {
    /** 已下达整改指令: step 1, waiting for the deadline and the re-inspection */
    ORDERED,
    /** 复查已整改: closed at step 2 */
    REINSPECTED_RECTIFIED,
    /** 复查未整改: waiting for the penalty decision */
    REINSPECTED_NOT_RECTIFIED,
    /** 已处罚: step 3 taken, waiting for rectification */
    PENALISED,
    /** 按日连续处罚: the enterprise refused to rectify after the penalty; accrues every day */
    DAILY_PENALTY,
    /** 已整改: closed after a penalty */
    RECTIFIED;

    /** Whether the case is closed. */
    public boolean closed() {
        return this == REINSPECTED_RECTIFIED || this == RECTIFIED;
    }
}
