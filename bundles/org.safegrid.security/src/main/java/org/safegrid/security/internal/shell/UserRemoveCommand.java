package org.safegrid.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.safegrid.security.internal.store.UserStore;

@Service
@Command(scope = "safegrid", name = "user-remove", description = "Removes a SafeGrid user")
public class UserRemoveCommand implements Action {

    @Argument(index = 0, name = "username", required = true)
    String username;

    @Reference
    UserStore users;

    @Override
    public Object execute() {
        return Shell.run(() -> {
            users.delete(username);
            return "User " + username + " removed";
        });
    }
}
