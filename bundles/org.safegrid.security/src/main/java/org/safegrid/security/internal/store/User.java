package org.safegrid.security.internal.store;

import java.util.Arrays;
import java.util.List;

/** A user as the rest of the bundle sees it: never with the password hash. */
public record User(String username, String displayName, List<String> roles, boolean enabled) {

    static User of(UserEntity e) {
        List<String> roles = e.getRoles().isBlank()
                ? List.of()
                : Arrays.stream(e.getRoles().split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
        return new User(e.getUsername(), e.getDisplayName(), roles, e.isEnabled());
    }
}
