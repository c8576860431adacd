package org.safegrid.checklists.internal.submissions;

import java.time.LocalDate;

import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.model.ValidAnswer;
import org.safegrid.hazards.api.HazardLevel;
import org.safegrid.hazards.api.HazardSource;
import org.safegrid.hazards.api.NewHazard;

/**
 * The hazard a failed item reports: source {@code SELF_INSPECTION}, reference {@code submission:<id>:item:<code>},
 * the item's text and the note as description, the answer's level or else the item's severity hint, and the answer's
 * deadline or else today + {@value #GENERAL_DAYS} days for a general hazard and none for a major one (its deadline
 * comes with the five fixes).
 */
public final class HazardReports {

    /** Days a general hazard gets for rectification unless the answer names a deadline. */
    public static final int GENERAL_DAYS = 7;

    /** The hazards module keeps descriptions of at most this many characters. */
    public static final int DESCRIPTION_MAX = 1000;

    private HazardReports() {
    }

    public static NewHazard of(long submissionId, long enterpriseId, TemplateItem item, ValidAnswer answer,
            LocalDate today) {
        HazardLevel level = answer.hazardLevel() != null
                ? answer.hazardLevel()
                : item.severityHint() == SeverityHint.MAJOR ? HazardLevel.MAJOR : HazardLevel.GENERAL;
        LocalDate deadline = answer.hazardDeadline() != null
                ? answer.hazardDeadline()
                : level == HazardLevel.GENERAL ? today.plusDays(GENERAL_DAYS) : null;
        return new NewHazard(enterpriseId, HazardSource.SELF_INSPECTION, sourceRef(submissionId, item.code()),
                description(item.text(), answer.note()), level, deadline, null);
    }

    public static String sourceRef(long submissionId, String itemCode) {
        return "submission:" + submissionId + ":item:" + itemCode;
    }

    static String description(String text, String note) {
        String description = note == null || note.isBlank() ? text : text + "：" + note;
        return description.length() <= DESCRIPTION_MAX
                ? description
                : description.substring(0, DESCRIPTION_MAX - 1) + "…";
    }
}
