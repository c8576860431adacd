package org.safegrid.plates.internal.dto;

/**
 * A person as a client sends it.
 *
 * @param id optional: the id of the person as the plate listed it, so that a change shows in the history as a change
 *            of that person rather than a removal and an addition; an id not on the plate is ignored
 * @param role a role code
 * @param name required, at most 50 characters
 * @param position optional, at most 50 characters
 * @param phone required, see {@code org.safegrid.api.text.PhoneNumbers}
 * @param username optional SafeGrid user name
 * @param post required for a post lead (the key place, equipment or process step), optional otherwise
 */
public record PersonInput(Long id, String role, String name, String position, String phone, String username,
        String post) {
}
