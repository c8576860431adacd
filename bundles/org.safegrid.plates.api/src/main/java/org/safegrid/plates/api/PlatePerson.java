package org.safegrid.plates.api;

/**
 * A person named on a plate.
 *
 * @param id the entry's id
 * @param role the role code, for example {@code regulator} or {@code post-lead}
 * @param name the person's name
 * @param position the person's position, for example 安全员
 * @param phone a mobile number or a landline with area code
 * @param username the person's SafeGrid user name, or null when not a user
 * @param post for a post lead, the key place, equipment or process step; otherwise null
 */
public record PlatePerson(long id, String role, String name, String position, String phone, String username,
        String post) {
}
