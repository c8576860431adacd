package org.safegrid.enterprises.internal.rest;

import org.safegrid.api.module.DepartmentApi;

/** Where the registry's resources live: the platform's one REST application, {@code /api}. */
final class Api {

    /** Selects the platform's REST application. */
    static final String APPLICATION = DepartmentApi.APPLICATION_SELECT;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";

    private Api() {
    }
}
