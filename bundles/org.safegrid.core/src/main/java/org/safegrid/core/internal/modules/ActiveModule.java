package org.safegrid.core.internal.modules;

import org.osgi.framework.Bundle;
import org.safegrid.api.module.DepartmentDescriptor;

/** A department module that is serving now: its descriptor and the bundle it came from. */
public record ActiveModule(DepartmentDescriptor descriptor, Bundle bundle) {

    public String id() {
        return descriptor.id();
    }

    public String version() {
        return bundle.getVersion().toString();
    }

    public String uiModulePath() {
        return "/ui/modules/" + id() + "/" + descriptor.uiModule();
    }

    public String apiBase() {
        return "/api/dept/" + id();
    }
}
