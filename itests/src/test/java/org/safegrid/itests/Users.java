package org.safegrid.itests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** Creates test users through the admin REST API. */
final class Users {

    static final String PASSWORD = "It-User-Passw0rd";

    private Users() {
    }

    static void ensure(Http admin, String username, String... roles) {
        Http.Response r = admin.post("/api/users",
          Map.of("username", username, "displayName", username, "password", PASSWORD, "roles", List.of(roles)));
        assertTrue(r.status() == 201 || r.status() == 409, r.toString());
    }
}
