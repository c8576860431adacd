package org.safegrid.enterprises.internal.imports;

import org.safegrid.enterprises.internal.validation.Failures;
import org.safegrid.enterprises.internal.validation.Text;

/** What an import does when some rows fail. */
public enum ImportMode {
    /** Import nothing if any row fails; otherwise everything, in one transaction. */
    ATOMIC("atomic"),
    /** Import the rows that pass, in chunks. */
    VALID_ROWS("valid-rows");

    private static final Text BAD_MODE = new Text("参数 mode 只能是 atomic（有错误则全部不导入）或 valid-rows（只导入正确的行），而不是“{0}”",
            "mode must be atomic (import nothing if any row fails) or valid-rows (import the rows that pass), not '{0}'");

    private final String wire;

    ImportMode(String wire) {
        this.wire = wire;
    }

    /** The name in the {@code mode} parameter and the job's JSON. */
    public String wire() {
        return wire;
    }

    /** The mode a parameter names; {@code atomic} when none is given, a 400 for anything else. */
    public static ImportMode parse(String value, boolean english) {
        if (value == null || value.isBlank()) {
            return ATOMIC;
        }
        for (ImportMode mode : values()) {
            if (mode.wire.equals(value.strip())) {
                return mode;
            }
        }
        throw Failures.badParameter("bad_mode", "mode", BAD_MODE.format(english, Failures.cut(value)));
    }
}
