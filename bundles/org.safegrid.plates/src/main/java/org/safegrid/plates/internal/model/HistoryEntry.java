package org.safegrid.plates.internal.model;

import java.time.Instant;

/**
 * One change to a plate as {@code GET /api/plates/{id}/history} lists it.
 *
 * @param id the entry's id
 * @param at when
 * @param user who made the change
 * @param role the role code of the person concerned
 * @param personId the person's id on the plate
 * @param person the person's name (the old name when the name changed)
 * @param field {@value #PERSON} when the person was added (old value null) or removed (new value null); otherwise
 *            the changed field: {@code name}, {@code position}, {@code phone}, {@code username} or {@code post}
 * @param oldValue the value before, or null
 * @param newValue the value after, or null
 */
public record HistoryEntry(long id, Instant at, String user, String role, Long personId, String person, String field,
        String oldValue, String newValue) {

    /** The field of an added or removed person. */
    public static final String PERSON = "person";
}
