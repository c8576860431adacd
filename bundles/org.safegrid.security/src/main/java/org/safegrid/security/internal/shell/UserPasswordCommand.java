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
@Command(scope = "safegrid", name = "user-passwd", description = "Sets a SafeGrid user's password")
public class UserPasswordCommand implements Action {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Option(name = "--password", description = "The new password; asked for when missing")
    String password;

    @Reference
    UserStore users;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        char[] secret = password != null ? password.toCharArray() : Prompt.password(session);
        return Shell.run(() -> {
            users.changePassword(username, secret);
            return "Password of " + username + " changed";
        });
    }
}
