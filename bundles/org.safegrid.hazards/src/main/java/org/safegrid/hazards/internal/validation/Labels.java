package org.safegrid.hazards.internal.validation;

import org.safegrid.hazards.api.HazardState;
import org.safegrid.hazards.internal.lifecycle.HazardAction;

/** The names of states and actions in messages, in Chinese and English. */
public final class Labels {

    private Labels() {
    }

    public static String state(HazardState state, boolean english) {
        return switch (state) {
            case REPORTED -> english ? "reported" : "已上报";
            case RECTIFYING -> english ? "being rectified" : "整改中";
            case AWAITING_VERIFICATION -> english ? "awaiting verification" : "待验收";
            case CLOSED -> english ? "closed" : "已销号";
        };
    }

    /** What the action does, to follow "cannot be" / "不能". */
    public static String action(HazardAction action, boolean english) {
        return switch (action) {
            case REPORT -> english ? "reported again" : "重复上报";
            case RECORD_FIXES -> english ? "given new five fixes" : "修改五落实";
            case RECTIFY -> english ? "moved into rectification" : "开始整改";
            case SUBMIT -> english ? "submitted for verification" : "提交验收";
            case ACCEPT -> english ? "accepted" : "验收通过";
            case REJECT -> english ? "rejected" : "退回整改";
            case CLOSE -> english ? "closed" : "销号";
            case MARK_OVERDUE -> english ? "marked overdue" : "标记逾期";
        };
    }
}
