package org.safegrid.api.checklist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.safegrid.api.module.LocalizedText;

/**
 * A checklist template as a department contributes it. It applies to an enterprise when the enterprise's sector is
 * one of {@code sectors} (or {@code sectors} is empty) and it has at least one of {@code flags} (or {@code flags} is
 * empty).
 *
 * @param code unique across SafeGrid; prefix it with the department id, for example {@code emergency-fuel-daily}
 * @param name the template's name
 * @param cadence how often it is due
 * @param sectors sector codes, for example {@code fuel-station}
 * @param flags enterprise flags, for example {@code HIGH_FIRE_RISK}
 * @param items the items, at least one, codes unique
 */
public record TemplateDefinition(String code, LocalizedText name, Cadence cadence, Set<String> sectors,
        Set<String> flags, List<ItemDefinition> items) {

    public TemplateDefinition {
        requireCode(code, "template");
        if (name == null || cadence == null) {
            throw new IllegalArgumentException("template " + code + " needs a name and a cadence");
        }
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        items = items == null ? List.of() : List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("template " + code + " needs at least one item");
        }
        Set<String> seen = new HashSet<>();
        for (ItemDefinition item : items) {
            if (!seen.add(item.code())) {
                throw new IllegalArgumentException("template " + code + " has item " + item.code() + " twice");
            }
        }
    }

    /** Whether the template applies to an enterprise of this sector with these flags. */
    public boolean appliesTo(String sector, Set<String> enterpriseFlags) {
        boolean sectorMatches = sectors.isEmpty() || sectors.contains(sector);
        boolean flagMatches = flags.isEmpty() || flags.stream().anyMatch(enterpriseFlags::contains);
        return sectorMatches && flagMatches;
    }

    static void requireCode(String code, String what) {
        if (code == null || !code.matches("[a-z][a-z0-9-]{1,59}")) {
            throw new IllegalArgumentException(what + " code must be 2-60 lower-case letters, digits or hyphens: "
                    + code);
        }
    }
}
