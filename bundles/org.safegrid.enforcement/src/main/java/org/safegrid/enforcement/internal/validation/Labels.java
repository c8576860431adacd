package org.safegrid.enforcement.internal.validation;

import org.safegrid.enforcement.api.CaseState;

/** Names of case states for people. */
public final class Labels {

    private Labels() {
    }

    public static String state(CaseState state, String language) {
        boolean en = Languages.english(language);
        return switch (state) {
            case ORDERED -> en ? "ordered to rectify" : "已下达整改指令";
            case REINSPECTED_RECTIFIED -> en ? "re-inspected and rectified (closed)" : "复查已整改（已结案）";
            case REINSPECTED_NOT_RECTIFIED -> en ? "re-inspected, not rectified" : "复查未整改";
            case PENALISED -> en ? "penalised" : "已处罚";
            case DAILY_PENALTY -> en ? "under daily continuing penalty" : "按日连续处罚中";
            case RECTIFIED -> en ? "rectified (closed)" : "已整改（已结案）";
        };
    }
}
