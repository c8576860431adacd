package org.safegrid.enterprises.internal.testing;

import java.util.List;
import java.util.Set;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.CreditCode;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseInput;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.enterprises.api.Sector;
import org.safegrid.enterprises.api.Village;
import org.safegrid.enterprises.internal.model.KnownDepartment;
import org.safegrid.enterprises.internal.model.ReferenceData;

/** Valid data to start from. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A valid credit code, different for each serial. */
    public static String creditCode(int serial) {
        String first17 = "91500106" + String.format("%09d", serial);
        return first17 + CreditCode.checkCharacter(first17);
    }

    /** The same code with a wrong check character. */
    public static String wrongCheck(int serial) {
        String code = creditCode(serial);
        char wrong = code.charAt(17) == '0' ? '1' : '0';
        return code.substring(0, 17) + wrong;
    }

    /** Villages baishiyi (白市驿村) and haitang (海棠村) active, old (旧村) inactive; three sectors; the six departments. */
    public static ReferenceData refs() {
        return new ReferenceData(
                List.of(new Village("baishiyi", "白市驿村", true), new Village("haitang", "海棠村", true),
                        new Village("old", "旧村", false)),
                List.of(new Sector("fuel-station", "加油站", "Fuel station", "emergency", true),
                        new Sector("factory", "工业企业", "Factory", "economic", true),
                        new Sector("retired", "停用行业", "Retired sector", null, false)),
                List.of(new KnownDepartment("emergency", "应急办", "Emergency Management Office", true),
                        new KnownDepartment("planning", "规建办", "Planning and Construction Office", false),
                        new KnownDepartment("economic", "经发办", "Economic Development Office", false)));
    }

    public static EnterpriseInput input(int serial) {
        return input(serial, "baishiyi", "emergency", null);
    }

    public static EnterpriseInput input(int serial, String village, String department, String second) {
        return new EnterpriseInput(creditCode(serial), "白市驿加油站" + serial, "白市驿镇正街 " + serial + " 号", village,
                "fuel-station", department, second, 12, EnterpriseStatus.OPERATING, RiskLevel.ORANGE,
                Set.of(EnterpriseFlag.HIGH_FIRE_RISK), List.of(new Contact("张三", "站长", "13812345678")), null);
    }
}
