package org.safegrid.hazards.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 五落实: what a major hazard needs recorded before its rectification may start.
 *
 * @param responsiblePerson 责任
 * @param measures 措施
 * @param funds 资金, in yuan
 * @param deadline 时限
 * @param contingencyPlan 预案
 */
public record FiveFixes(String responsiblePerson, String measures, BigDecimal funds, LocalDate deadline,
        String contingencyPlan) {
}
