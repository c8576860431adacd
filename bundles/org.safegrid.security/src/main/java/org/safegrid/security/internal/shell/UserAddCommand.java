package org.safegrid.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.safegrid.security.internal.store.UserStore;

@Service
@Command(scope = "safegrid", name = "user-add", description = "Adds a SafeGrid user; asks for the password if not given")
public class UserAddCommand implements Action {

    @Argument(index = 0, name = "username", required = true, description = "Login name: lower-case letters, digits, . _ -")
    String username;

    @Option(name = "--name", description = "Display name (default: the username)")
    String displayName;

    @Option(name = "--roles", description = "Comma-separated roles: admin, committee, dept-<id>, village-<code>")
    String roles = "";

    @Option(name = "--password", description = "Password (at least 10 characters); asked for when missing")
    String password;

    @Reference
    UserStore users;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        char[] secret = password != null ? password.toCharArray() : Prompt.password(session);
        return Shell.run(() -> {
            users.create(username, displayName == null ? username : displayName, secret, Shell.roles(roles));
            return "User " + username + " added";
        });
    }

}
