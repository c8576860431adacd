package org.safegrid.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellEntryTest {

    @Test
    void rootAndUiRedirectToTheShell() {
        assertEquals(ShellEntry.REDIRECT, ShellEntry.of("/"));
        assertEquals(ShellEntry.REDIRECT, ShellEntry.of(""));
        assertEquals(ShellEntry.REDIRECT, ShellEntry.of("/ui"));
    }

    @Test
    void theShellFolderServesTheIndex() {
        assertEquals(ShellEntry.INDEX, ShellEntry.of("/ui/"));
        assertEquals(ShellEntry.INDEX, ShellEntry.of("/ui/index.html"));
    }

    @Test
    void otherPathsAreNotFound() {
        assertEquals(ShellEntry.NOT_FOUND, ShellEntry.of("/favicon.ico"));
        assertEquals(ShellEntry.NOT_FOUND, ShellEntry.of("/uix"));
        assertEquals(ShellEntry.NOT_FOUND, ShellEntry.of("/ui/app.js"));
    }
}
