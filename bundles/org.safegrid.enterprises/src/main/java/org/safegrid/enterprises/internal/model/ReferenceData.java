package org.safegrid.enterprises.internal.model;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;

/**
 * The villages, sectors and departments as they are at one moment: what the validator checks codes against and what
 * an import resolves names with. Held in memory for a request or an import job.
 */
public final class ReferenceData {

    private static final Pattern BLANKS = Pattern.compile("[\\s\\u3000]+");

    private final Map<String, Village> villages;
    private final Map<String, Sector> sectors;
    private final Map<String, KnownDepartment> departments;
    private final Map<String, String> villageKeys = new HashMap<>();
    private final Map<String, String> sectorKeys = new HashMap<>();
    private final Map<String, String> departmentKeys = new HashMap<>();

    public ReferenceData(Collection<Village> villages, Collection<Sector> sectors,
            Collection<KnownDepartment> departments) {
        this.villages = index(villages, Village::code);
        this.sectors = index(sectors, Sector::code);
        this.departments = index(departments, KnownDepartment::id);
        // names first, codes last: a code wins over another entry's name
        villages.forEach(v -> villageKeys.put(key(v.name()), v.code()));
        villages.forEach(v -> villageKeys.put(key(v.code()), v.code()));
        sectors.forEach(s -> {
            sectorKeys.put(key(s.nameEn()), s.code());
            sectorKeys.put(key(s.name()), s.code());
        });
        sectors.forEach(s -> sectorKeys.put(key(s.code()), s.code()));
        departments.forEach(d -> {
            departmentKeys.put(key(d.nameEn()), d.id());
            departmentKeys.put(key(d.name()), d.id());
        });
        departments.forEach(d -> departmentKeys.put(key(d.id()), d.id()));
    }

    public Village village(String code) {
        return code == null ? null : villages.get(code);
    }

    public Sector sector(String code) {
        return code == null ? null : sectors.get(code);
    }

    public KnownDepartment department(String id) {
        return id == null ? null : departments.get(id);
    }

    public List<Village> villages() {
        return List.copyOf(villages.values());
    }

    public List<Sector> sectors() {
        return List.copyOf(sectors.values());
    }

    public List<KnownDepartment> departments() {
        return List.copyOf(departments.values());
    }

    /** The village code that a code or a name stands for; the text itself when none matches. */
    public String resolveVillage(String text) {
        return resolve(villageKeys, text);
    }

    /** The sector code that a code, a Chinese or an English name stands for; the text itself when none matches. */
    public String resolveSector(String text) {
        return resolve(sectorKeys, text);
    }

    /** The department id that an id, a Chinese or an English name stands for; the text itself when none matches. */
    public String resolveDepartment(String text) {
        return resolve(departmentKeys, text);
    }

    private static String resolve(Map<String, String> keys, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return keys.getOrDefault(key(text), text.strip());
    }

    /** Case and blanks do not matter when a name or a code is looked up. */
    static String key(String text) {
        return text == null ? "" : BLANKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(code.apply(item), item));
        return Collections.unmodifiableMap(map);
    }
}
