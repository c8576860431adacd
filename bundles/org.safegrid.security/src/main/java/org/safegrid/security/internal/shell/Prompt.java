package org.safegrid.security.internal.shell;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;

/** Asks for a password twice without echoing it. */
final class Prompt {

    private Prompt() {
    }

    static char[] password(Session session) throws IOException {
        String first = session.readLine("Password: ", '*');
        String second = session.readLine("Repeat password: ", '*');
        if (first == null || !first.equals(second)) {
            throw new IllegalArgumentException("The passwords differ");
        }
        return first.toCharArray();
    }
}
