package org.safegrid.api.module;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a department's menu in the web shell.
 *
 * @param route the route inside the module, for example {@code duty-log}; the shell shows it at
 *        {@code #/m/<department>/<route>} and hands it to the UI module
 * @param label the label shown in the menu
 * @param permission the permission a user needs to see it, see {@link Permissions}
 * @param order position in the menu, lowest first
 */
public record MenuEntry(String route, LocalizedText label, String permission, int order) {

    private static final Pattern ROUTE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public MenuEntry {
        if (route == null || !ROUTE.matcher(route).matches()) {
            throw new IllegalArgumentException("route must match " + ROUTE + ": " + route);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(permission, "permission");
    }
}
