package org.safegrid.security.internal.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.error.SafeGridException;

class UserRulesTest {

    @Test
    void acceptsTheRolesOfEveryLayer() {
        UserRules.checkUpdate("李明", List.of("admin", "committee", "dept-emergency", "village-it-east", "inspector",
                "deputy-head", "head"));
    }

    @Test
    void refusesUnknownRoles() {
        assertThrows(SafeGridException.class, () -> UserRules.checkUpdate("李明", List.of("superuser")));
        assertThrows(SafeGridException.class, () -> UserRules.checkUpdate("李明", List.of("dept-")));
        assertThrows(SafeGridException.class, () -> UserRules.checkUpdate("李明", List.of("Head")));
    }
}
