package org.safegrid.api.module;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void departmentRoleHoldsAllOfItsOwnModuleAndNothingElse() {
        Set<String> roles = Set.of("dept-emergency");
        assertTrue(Permissions.granted(roles::contains, "emergency:view"));
        assertTrue(Permissions.granted(roles::contains, "emergency:edit"));
        assertFalse(Permissions.granted(roles::contains, "planning:view"));
    }

    @Test
    void committeeViewsEverythingButEditsNothing() {
        Set<String> roles = Set.of("committee");
        assertTrue(Permissions.granted(roles::contains, "planning:view"));
        assertFalse(Permissions.granted(roles::contains, "planning:edit"));
    }

    @Test
    void adminHoldsEverythingAndMalformedPermissionsAreNeverGranted() {
        assertTrue(Permissions.granted(Set.of("admin")::contains, "anything:edit"));
        assertFalse(Permissions.granted(Set.of("dept-emergency")::contains, "emergency"));
        assertFalse(Permissions.granted(Set.of("dept-emergency")::contains, null));
    }

    @Test
    void descriptorRejectsBadIdsAndSortsMenu() {
        assertThrows(IllegalArgumentException.class,
                () -> DepartmentDescriptor.builder("Bad Id").name("a", "b").build());
        DepartmentDescriptor d = DepartmentDescriptor.builder("emergency").name("应急办", "Emergency")
                .menu("b", "乙", "B", Permissions.VIEW, 20).menu("a", "甲", "A", Permissions.VIEW, 10).build();
        assertTrue(d.menu().get(0).route().equals("a"));
        assertTrue(d.menu().get(1).permission().equals("emergency:view"));
    }
}
