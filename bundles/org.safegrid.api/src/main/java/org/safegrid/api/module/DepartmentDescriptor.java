package org.safegrid.api.module;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a department is and what it brings: immutable, built with {@link #builder(String)}.
 *
 * <p>
 * The UI module is an ES module inside the department's bundle: {@link #uiResourceRoot()} is the folder in the bundle
 * (for example {@code web}) that the platform serves at {@code /ui/modules/<id>/}, and {@link #uiModule()} the file in
 * it that the shell imports (for example {@code index.js}).
 */
public final class DepartmentDescriptor {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]{1,31}");

    private final String id;
    private final LocalizedText name;
    private final List<MenuEntry> menu;
    private final String uiResourceRoot;
    private final String uiModule;
    private final int order;

    private DepartmentDescriptor(Builder b) {
        if (b.id == null || !ID.matcher(b.id).matches()) {
            throw new IllegalArgumentException("department id must match " + ID + ": " + b.id);
        }
        this.id = b.id;
        this.name = Objects.requireNonNull(b.name, "name");
        List<MenuEntry> sorted = new ArrayList<>(b.menu);
        sorted.sort(Comparator.comparingInt(MenuEntry::order));
        this.menu = List.copyOf(sorted);
        this.uiResourceRoot = Objects.requireNonNull(b.uiResourceRoot, "uiResourceRoot");
        this.uiModule = Objects.requireNonNull(b.uiModule, "uiModule");
        this.order = b.order;
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public String id() {
        return id;
    }

    public LocalizedText name() {
        return name;
    }

    public List<MenuEntry> menu() {
        return menu;
    }

    public String uiResourceRoot() {
        return uiResourceRoot;
    }

    public String uiModule() {
        return uiModule;
    }

    /** Position among the departments in the navigation, lowest first. */
    public int order() {
        return order;
    }

    public static final class Builder {
        private final String id;
        private LocalizedText name;
        private final List<MenuEntry> menu = new ArrayList<>();
        private String uiResourceRoot = "web";
        private String uiModule = "index.js";
        private int order = 100;

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String zh, String en) {
            this.name = LocalizedText.of(zh, en);
            return this;
        }

        /** Adds a menu entry; its required permission is {@code <id>:<action>}. */
        public Builder menu(String route, String zh, String en, String action, int order) {
            menu.add(new MenuEntry(route, LocalizedText.of(zh, en), Permissions.of(id, action), order));
            return this;
        }

        public Builder ui(String resourceRoot, String module) {
            this.uiResourceRoot = resourceRoot;
            this.uiModule = module;
            return this;
        }

        public Builder order(int order) {
            this.order = order;
            return this;
        }

        public DepartmentDescriptor build() {
            return new DepartmentDescriptor(this);
        }
    }
}
