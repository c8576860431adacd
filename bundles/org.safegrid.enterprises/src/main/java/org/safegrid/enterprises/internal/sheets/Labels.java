package org.safegrid.enterprises.internal.sheets;

import java.util.Map;

import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;

/** The Chinese names spreadsheets use for statuses, risk levels and flags; the import reads them back. */
public final class Labels {

    public static final String YES = "是";
    public static final String NO = "否";

    private static final Map<EnterpriseStatus, String> STATUS = Map.of(EnterpriseStatus.OPERATING, "在营",
            EnterpriseStatus.SUSPENDED, "停业", EnterpriseStatus.CLOSED, "关闭");
    private static final Map<RiskLevel, String> RISK = Map.of(RiskLevel.RED, "红", RiskLevel.ORANGE, "橙",
            RiskLevel.YELLOW, "黄", RiskLevel.BLUE, "蓝");

    private Labels() {
    }

    public static String status(EnterpriseStatus status) {
        return status == null ? null : STATUS.get(status);
    }

    public static String risk(RiskLevel level) {
        return level == null ? null : RISK.get(level);
    }

    public static String flag(boolean set) {
        return set ? YES : NO;
    }
}
