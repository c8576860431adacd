package org.safegrid.api.report;

import java.math.BigDecimal;
import java.util.Objects;

import org.safegrid.api.module.LocalizedText;

/**
 * A figure in a department's section.
 *
 * @param code a stable code
 * @param label what a reader sees
 * @param value the value, or null when there is none (a rate over nothing)
 * @param unit the unit shown after the value, for example 家, 次 or %; null for none
 */
public record SectionFigure(String code, LocalizedText label, BigDecimal value, LocalizedText unit) {

    public SectionFigure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }
}
