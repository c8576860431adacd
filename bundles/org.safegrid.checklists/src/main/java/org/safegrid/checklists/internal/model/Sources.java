package org.safegrid.checklists.internal.model;

/** Where a template comes from. */
public final class Sources {

    /** From a department's plug-in ({@code ChecklistTemplateContributor}); changed only by the plug-in. */
    public static final String CONTRIBUTED = "contributed";

    /** Written in SafeGrid by an administrator or a department. */
    public static final String CUSTOM = "custom";

    private Sources() {
    }
}
