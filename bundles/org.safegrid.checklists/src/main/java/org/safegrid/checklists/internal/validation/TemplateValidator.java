package org.safegrid.checklists.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.checklists.api.TemplateItem;
import org.safegrid.checklists.internal.dto.ItemInput;
import org.safegrid.checklists.internal.dto.TemplateInput;
import org.safegrid.checklists.internal.model.Author;
import org.safegrid.checklists.internal.model.TemplateDraft;
import org.safegrid.checklists.internal.templates.DraftLimits;
import org.safegrid.enterprises.api.EnterpriseFlag;

/**
 * Checks a template written in SafeGrid: a code of lower-case letters, digits and hyphens; a name; a cadence; sectors
 * that exist; enterprise flags; a department the author may write for; 1 to 200 items with unique codes, a text of at
 * most 500 characters, a category, a legal basis of at most 200 characters and a severity hint. Field names in the
 * 422 answer are like {@code items[2].legalBasis}.
 */
public final class TemplateValidator {

    /** What the check needs to know beyond the body. */
    public record Context(Author author, Set<String> sectors, Predicate<String> knownDepartment) {
    }

    private TemplateValidator() {
    }

    /**
     * A new template ({@code POST}).
     *
     * @throws org.safegrid.api.error.SafeGridException 422 listing every failing field
     */
    public static TemplateDraft create(TemplateInput input, Context context, String language) {
        TemplateInput in = input != null ? input : empty();
        InputReader reader = new InputReader(language);
        String code = reader.code("code", in.code(), true);
        String department = department(reader, in.department(), context);
        return draft(reader, in, code, department, context);
    }

    /**
     * The next version of a template ({@code PUT}): the code comes from the path and the department stays.
     *
     * @throws org.safegrid.api.error.SafeGridException 422 listing every failing field
     */
    public static TemplateDraft update(String code, String department, TemplateInput input, Context context,
            String language) {
        TemplateInput in = input != null ? input : empty();
        InputReader reader = new InputReader(language);
        if (in.code() != null && !in.code().isBlank() && !in.code().strip().equals(code)) {
            reader.fail("code", Message.CODE_MISMATCH, null);
        }
        if (in.department() != null && !in.department().isBlank() && !in.department().strip().equals(department)) {
            reader.fail("department", Message.DEPARTMENT_FIXED, null);
        }
        if (in.version() != null && in.version() < 1) {
            reader.fail("version", Message.BAD_ID, null);
        }
        return draft(reader, in, code, department, context);
    }

    private static TemplateDraft draft(InputReader reader, TemplateInput in, String code, String department,
            Context context) {
        String name = reader.line("name", in.name(), DraftLimits.NAME_MAX, true);
        String nameEn = reader.line("nameEn", in.nameEn(), DraftLimits.NAME_MAX, false);
        Cadence cadence = reader.choice("cadence", in.cadence(), Cadence.class, true);
        Set<String> sectors = sectors(reader, in.sectors(), context.sectors());
        Set<String> flags = flags(reader, in.flags());
        List<TemplateItem> items = items(reader, in.items());
        reader.throwIfInvalid();
        return new TemplateDraft(code, name, nameEn == null ? name : nameEn, cadence, sectors, flags, department,
                items);
    }

    private static String department(InputReader reader, String value, Context context) {
        Author author = context.author();
        String department = reader.line("department", value, 32, false);
        if (reader.failed("department")) {
            return null;
        }
        if (department == null) {
            if (!author.admin() && author.departments().size() == 1) {
                return author.departments().iterator().next();
            }
            return reader.fail("department", Message.REQUIRED, null);
        }
        if (!context.knownDepartment().test(department)) {
            return reader.fail("department", Message.UNKNOWN_DEPARTMENT, department);
        }
        if (!author.writesFor(department)) {
            return reader.fail("department", Message.NOT_YOUR_DEPARTMENT, null);
        }
        return department;
    }

    private static Set<String> sectors(InputReader reader, List<String> values, Set<String> known) {
        Set<String> sectors = new TreeSet<>();
        if (values == null) {
            return sectors;
        }
        if (values.size() > DraftLimits.SECTORS_MAX) {
            return reader.fail("sectors", Message.TOO_MANY, DraftLimits.SECTORS_MAX);
        }
        for (int i = 0; i < values.size(); i++) {
            String sector = reader.line("sectors[" + i + "]", values.get(i), DraftLimits.SECTOR_CODE_MAX, true);
            if (sector != null && !known.contains(sector)) {
                reader.fail("sectors[" + i + "]", Message.UNKNOWN_SECTOR, sector);
            } else if (sector != null) {
                sectors.add(sector);
            }
        }
        return sectors;
    }

    private static Set<String> flags(InputReader reader, List<String> values) {
        Set<String> flags = new TreeSet<>();
        for (int i = 0; values != null && i < values.size(); i++) {
            EnterpriseFlag flag = reader.choice("flags[" + i + "]", values.get(i), EnterpriseFlag.class, true);
            if (flag != null) {
                flags.add(flag.name());
            }
        }
        return flags;
    }

    private static List<TemplateItem> items(InputReader reader, List<ItemInput> values) {
        List<TemplateItem> items = new ArrayList<>();
        if (values == null || values.isEmpty() || values.size() > DraftLimits.ITEMS_MAX) {
            reader.fail("items", Message.ITEM_COUNT, DraftLimits.ITEMS_MAX);
            return items;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String at = "items[" + i + "].";
            ItemInput in = values.get(i) != null ? values.get(i) : new ItemInput(null, null, null, null, null, null);
            String code = reader.code(at + "code", in.code(), true);
            if (code != null && !codes.add(code)) {
                reader.fail(at + "code", Message.CODE_TWICE, code);
            }
            String text = reader.multiline(at + "text", in.text(), DraftLimits.TEXT_MAX, true);
            String textEn = reader.multiline(at + "textEn", in.textEn(), DraftLimits.TEXT_MAX, false);
            ItemCategory category = reader.choice(at + "category", in.category(), ItemCategory.class, true);
            String legalBasis = reader.line(at + "legalBasis", in.legalBasis(), DraftLimits.LEGAL_BASIS_MAX, true);
            SeverityHint severity = reader.choice(at + "severityHint", in.severityHint(), SeverityHint.class, false);
            if (code != null && text != null && category != null && legalBasis != null) {
                items.add(new TemplateItem(code, text, textEn == null ? text : textEn, category, legalBasis,
                        severity == null ? SeverityHint.GENERAL : severity));
            }
        }
        return items;
    }

    private static TemplateInput empty() {
        return new TemplateInput(null, null, null, null, null, null, null, null, null);
    }
}
