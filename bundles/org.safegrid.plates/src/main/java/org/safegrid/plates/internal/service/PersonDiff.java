package org.safegrid.plates.internal.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.model.HistoryEntry;

/**
 * What changes when a plate's people list is replaced: which new entry is which old person, who was added, who was
 * removed, and which fields of a kept person changed. A new entry is the same person as an old one of the same role
 * when it carries the old one's id, else when it has the same name, else when it has the same post, else when it is
 * the only entry left in that role on both sides.
 */
public final class PersonDiff {

    /** The fields whose changes are kept as history, in the order they are reported. */
    public static final List<String> FIELDS = List.of("name", "position", "phone", "username", "post");

    /**
     * One history line.
     *
     * @param personId the old person's id; 0 for an added person, whose id the store assigns
     * @param index the index of the person in the new list, or -1 for a removed person
     * @param person the person's name (the old one when the name changed)
     * @param field {@value HistoryEntry#PERSON} for an added or removed person, else the changed field
     */
    public record Change(String role, long personId, int index, String person, String field, String oldValue,
            String newValue) {
    }

    /**
     * The outcome.
     *
     * @param matched for each index of the new list that is an old person, that old person
     * @param removed the old persons not in the new list
     * @param changes the history lines: removals first, then additions and changes in the new list's order
     * @param reordered whether the kept persons are in another order than before
     */
    public record Result(Map<Integer, PlatePerson> matched, List<PlatePerson> removed, List<Change> changes,
            boolean reordered) {

        /** Whether the new list differs from the old one at all. */
        public boolean changed() {
            return !changes.isEmpty() || reordered;
        }
    }

    private PersonDiff() {
    }

    public static Result diff(List<PlatePerson> before, List<PlatePerson> after) {
        Map<Integer, PlatePerson> matched = new HashMap<>();
        Map<Long, PlatePerson> left = new LinkedHashMap<>();
        before.forEach(p -> left.put(p.id(), p));

        match(after, left, matched, (old, now) -> now.id() == old.id());
        match(after, left, matched, (old, now) -> Objects.equals(now.name(), old.name()));
        match(after, left, matched, (old, now) -> now.post() != null && now.post().equals(old.post()));
        matchOnlyOnes(after, left, matched);

        List<Change> changes = new ArrayList<>();
        List<PlatePerson> removed = new ArrayList<>(left.values());
        for (PlatePerson gone : removed) {
            changes.add(new Change(gone.role(), gone.id(), -1, gone.name(), HistoryEntry.PERSON, gone.name(), null));
        }
        for (int i = 0; i < after.size(); i++) {
            PlatePerson now = after.get(i);
            PlatePerson old = matched.get(i);
            if (old == null) {
                changes.add(new Change(now.role(), 0, i, now.name(), HistoryEntry.PERSON, null, now.name()));
                continue;
            }
            List<String> was = values(old);
            List<String> is = values(now);
            for (int f = 0; f < FIELDS.size(); f++) {
                if (!Objects.equals(was.get(f), is.get(f))) {
                    changes.add(new Change(now.role(), old.id(), i, old.name(), FIELDS.get(f), was.get(f), is.get(f)));
                }
            }
        }
        return new Result(Map.copyOf(matched), List.copyOf(removed), List.copyOf(changes),
                reordered(before, after, matched));
    }

    private static List<String> values(PlatePerson p) {
        return Arrays.asList(p.name(), p.position(), p.phone(), p.username(), p.post());
    }

    /** Pairs each unmatched new entry with the first unmatched old person of its role that fits. */
    private static void match(List<PlatePerson> after, Map<Long, PlatePerson> left, Map<Integer, PlatePerson> matched,
            BiPredicate<PlatePerson, PlatePerson> fits) {
        for (int i = 0; i < after.size(); i++) {
            if (matched.containsKey(i)) {
                continue;
            }
            PlatePerson now = after.get(i);
            for (PlatePerson old : left.values()) {
                if (old.role().equals(now.role()) && fits.test(old, now)) {
                    matched.put(i, old);
                    left.remove(old.id());
                    break;
                }
            }
        }
    }

    /** In a role with exactly one unmatched entry on each side, the two are the same person. */
    private static void matchOnlyOnes(List<PlatePerson> after, Map<Long, PlatePerson> left,
            Map<Integer, PlatePerson> matched) {
        Map<String, List<Integer>> newByRole = new HashMap<>();
        for (int i = 0; i < after.size(); i++) {
            if (!matched.containsKey(i)) {
                newByRole.computeIfAbsent(after.get(i).role(), r -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<PlatePerson>> oldByRole = new HashMap<>();
        left.values().forEach(p -> oldByRole.computeIfAbsent(p.role(), r -> new ArrayList<>()).add(p));
        newByRole.forEach((role, indexes) -> {
            List<PlatePerson> olds = oldByRole.get(role);
            if (indexes.size() == 1 && olds != null && olds.size() == 1) {
                matched.put(indexes.get(0), olds.get(0));
                left.remove(olds.get(0).id());
            }
        });
    }

    private static boolean reordered(List<PlatePerson> before, List<PlatePerson> after,
            Map<Integer, PlatePerson> matched) {
        List<Long> kept = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            PlatePerson old = matched.get(i);
            if (old != null) {
                kept.add(old.id());
            }
        }
        List<Long> previous = before.stream().map(PlatePerson::id).filter(kept::contains).toList();
        return !previous.equals(kept);
    }
}
