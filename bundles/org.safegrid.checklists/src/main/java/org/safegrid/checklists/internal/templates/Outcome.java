package org.safegrid.checklists.internal.templates;

/** What storing a template definition did. */
public enum Outcome {
    /** A new version was stored (the first one, or the next after a change). */
    STORED,
    /** The definition equals the latest version: nothing stored. */
    UNCHANGED,
    /** Unchanged, but the template was inactive and is active again. */
    REACTIVATED,
    /** The code belongs to another department's plug-in or to a custom template: nothing stored. */
    CONFLICT,
    /** No template has the code. */
    NOT_FOUND,
    /** The template is a plug-in's: it cannot be edited in SafeGrid. */
    CONTRIBUTED,
    /** The template changed since the client read it, or another save of it won a race. */
    STALE
}
