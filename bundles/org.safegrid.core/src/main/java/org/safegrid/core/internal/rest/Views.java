package org.safegrid.core.internal.rest;

import java.util.List;

import org.safegrid.api.module.LocalizedText;

/** The JSON shapes of the platform resources. */
final class Views {

    private Views() {
    }

    record Text(String zh, String en) {
        static Text of(LocalizedText text) {
            return new Text(text.zh(), text.en());
        }
    }

    record Menu(String route, Text label, String permission, int order) {
    }

    record Module(String id, Text name, int order, String version, String uiModule, String apiBase,
            List<Menu> menu) {
    }

    record ModuleHealth(String id, Text name, String version, String schemaVersion) {
    }

    record Health(String status, String version, List<String> waitingFor, List<ModuleHealth> modules) {
    }
}
