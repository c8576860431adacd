package org.safegrid.checklists.internal.templates;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.enterprises.api.EnterpriseFlag;

/**
 * What every stored template must satisfy, whoever wrote it: the limits of the columns and the codes SafeGrid knows.
 * A plug-in's template that breaks one is logged and left out; a template written in SafeGrid is checked field by
 * field by {@code TemplateValidator} with the same limits.
 */
public final class DraftLimits {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 500;
    public static final int LEGAL_BASIS_MAX = 200;
    public static final int ITEMS_MAX = 200;
    public static final int SECTORS_MAX = 50;
    public static final int SECTOR_CODE_MAX = 40;

    /** Department ids, as {@code DepartmentDescriptor} has them. */
    public static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9]{1,31}");

    static final Set<String> FLAGS = EnumSet.allOf(EnterpriseFlag.class).stream().map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private DraftLimits() {
    }

    /** What is wrong with the draft, in English for the log; empty when nothing is. */
    public static List<String> problems(TemplateDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.department() == null || !DEPARTMENT.matcher(draft.department()).matches()) {
            problems.add("department id " + draft.department() + " is not valid");
        }
        if (draft.name().length() > NAME_MAX || draft.nameEn().length() > NAME_MAX) {
            problems.add("name longer than " + NAME_MAX);
        }
        if (draft.items().size() > ITEMS_MAX) {
            problems.add("more than " + ITEMS_MAX + " items");
        }
        if (draft.sectors().size() > SECTORS_MAX
                || draft.sectors().stream().anyMatch(s -> s.isBlank() || s.length() > SECTOR_CODE_MAX
                        || s.contains(","))) {
            problems.add("sectors must be at most " + SECTORS_MAX + " codes of at most " + SECTOR_CODE_MAX
                    + " characters");
        }
        for (String flag : draft.flags()) {
            if (!FLAGS.contains(flag)) {
                problems.add("unknown flag " + flag);
            }
        }
        for (TemplateItem item : draft.items()) {
            if (item.text().length() > TEXT_MAX || item.textEn().length() > TEXT_MAX) {
                problems.add("item " + item.code() + ": text longer than " + TEXT_MAX);
            }
            if (item.legalBasis().length() > LEGAL_BASIS_MAX) {
                problems.add("item " + item.code() + ": legal basis longer than " + LEGAL_BASIS_MAX);
            }
        }
        return problems;
    }
}
