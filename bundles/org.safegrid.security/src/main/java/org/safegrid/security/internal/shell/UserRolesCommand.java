package org.safegrid.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.safegrid.api.error.SafeGridException;
import org.safegrid.security.internal.store.User;
import org.safegrid.security.internal.store.UserStore;

@Service
@Command(scope = "safegrid", name = "user-roles", description = "Sets a SafeGrid user's roles (replaces them all)")
public class UserRolesCommand implements Action {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Argument(index = 1, name = "roles", required = true, description = "Comma-separated roles")
    String roles;

    @Option(name = "--disable", description = "Also disable the account")
    boolean disable;

    @Reference
    UserStore users;

    @Override
    public Object execute() {
        return Shell.run(() -> {
            User user = users.find(username).orElseThrow(() -> SafeGridException.notFound("user", username));
            User updated = users.update(username, user.displayName(), Shell.roles(roles), !disable);
            return username + ": " + String.join(",", updated.roles()) + (updated.enabled() ? "" : " (disabled)");
        });
    }
}
