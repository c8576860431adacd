package org.safegrid.checklists.internal.rest;

import org.safegrid.api.module.DepartmentApi;

/** Where the checklists' resources live: the platform's one REST application, {@code /api}. */
final class Api {

    /** Selects the platform's REST application. */
    static final String APPLICATION = DepartmentApi.APPLICATION_SELECT;

    /** The resources' paths, relative to {@code /api}. */
    static final String BASE = "checklists";

    private Api() {
    }
}
