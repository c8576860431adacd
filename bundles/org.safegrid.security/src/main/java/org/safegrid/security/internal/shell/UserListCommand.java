package org.safegrid.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.safegrid.security.internal.store.User;
import org.safegrid.security.internal.store.UserStore;

@Service
@Command(scope = "safegrid", name = "user-list", description = "Lists SafeGrid users and their roles")
public class UserListCommand implements Action {

    @Reference
    UserStore users;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Username");
        table.column("Name");
        table.column("Roles");
        table.column("Enabled");
        for (User u : users.list()) {
            table.addRow().addContent(u.username(), u.displayName(), String.join(",", u.roles()), u.enabled());
        }
        table.print(System.out);
        return null;
    }
}
