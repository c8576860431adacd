package org.safegrid.plates.internal.model;

import java.time.Instant;
import java.util.List;

import org.safegrid.plates.api.PlatePerson;

/**
 * What the store holds of one plate.
 *
 * @param version the optimistic-lock version, 0 before the first change
 * @param updatedAt when it last changed, or null
 * @param updatedBy who changed it last, or null
 * @param persons the people, in the order they were given
 */
public record StoredPlate(long version, Instant updatedAt, String updatedBy, List<PlatePerson> persons) {

    public static final StoredPlate EMPTY = new StoredPlate(0, null, null, List.of());

    public StoredPlate {
        persons = List.copyOf(persons);
    }
}
