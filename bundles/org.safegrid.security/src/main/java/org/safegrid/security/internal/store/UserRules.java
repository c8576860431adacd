package org.safegrid.security.internal.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.safegrid.api.error.SafeGridException;

/** What makes a username, display name, password and role acceptable. */
public final class UserRules {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final Pattern ROLE = Pattern
            .compile(
                    "admin|committee|inspector|deputy-head|head|dept-[a-z][a-z0-9]{1,31}|village-[a-z0-9][a-z0-9-]{0,31}");
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 200;
    static final int MAX_DISPLAY_NAME = 100;

    private UserRules() {
    }

    /** Checks a new user; throws a 422 naming each field that fails. */
    public static void checkNew(String username, String displayName, char[] password, Collection<String> roles) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.put("username", "2-64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        displayName(displayName, errors);
        password(username, password, errors);
        roles(roles, errors);
        throwIfAny(errors);
    }

    public static void checkUpdate(String displayName, Collection<String> roles) {
        Map<String, String> errors = new LinkedHashMap<>();
        displayName(displayName, errors);
        roles(roles, errors);
        throwIfAny(errors);
    }

    public static void checkPassword(String username, char[] password) {
        Map<String, String> errors = new LinkedHashMap<>();
        password(username, password, errors);
        throwIfAny(errors);
    }

    private static void displayName(String displayName, Map<String, String> errors) {
        if (displayName == null || displayName.isBlank()) {
            errors.put("displayName", "required");
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            errors.put("displayName", "at most " + MAX_DISPLAY_NAME + " characters");
        }
    }

    private static void password(String username, char[] password, Map<String, String> errors) {
        if (password == null || password.length < MIN_PASSWORD) {
            errors.put("password", "at least " + MIN_PASSWORD + " characters");
        } else if (password.length > MAX_PASSWORD) {
            errors.put("password", "at most " + MAX_PASSWORD + " characters");
        } else if (username != null && new String(password).equalsIgnoreCase(username)) {
            errors.put("password", "must differ from the username");
        }
    }

    private static void roles(Collection<String> roles, Map<String, String> errors) {
        if (roles == null) {
            errors.put("roles", "required (may be empty)");
            return;
        }
        for (String role : roles) {
            if (role == null || !ROLE.matcher(role).matches()) {
                errors.put("roles", "unknown role '" + role
                        + "': use admin, committee, dept-<department>, village-<code>, or the layer roles"
                        + " inspector, deputy-head and head");
                return;
            }
        }
    }

    private static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw SafeGridException.invalid("The user is not valid", errors);
        }
    }
}
