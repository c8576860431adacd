package org.safegrid.plates.print.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.safegrid.enterprises.api.Contact;
import org.safegrid.enterprises.api.Enterprise;
import org.safegrid.enterprises.api.EnterpriseFlag;
import org.safegrid.enterprises.api.EnterpriseStatus;
import org.safegrid.enterprises.api.RiskLevel;
import org.safegrid.plates.api.Plate;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.api.RoleStatus;
import org.safegrid.plates.print.internal.model.PlateView;

/** Plates and enterprises built by hand, as the plates and enterprises bundles would answer them. */
public final class Samples {

    public static final long ID = 17;
    /** A valid code: its check character is right (see PlatePrinterTest). */
    public static final String CODE = "91500106MA5U7LXX28";
    public static final String NAME = "重庆市白市驿加油站有限公司";
    public static final String VILLAGE = "baishiyi";
    public static final String VILLAGE_NAME = "白市驿村";
    public static final Instant UPDATED = Instant.parse("2026-11-28T17:30:00Z");

    private Samples() {
    }

    public static Enterprise enterprise(String name, RiskLevel risk) {
        return new Enterprise(ID, CODE, name, "九龙坡区白市驿镇正街 8 号", VILLAGE, "fuel-station", "emergency", null, 12,
                true, EnterpriseStatus.OPERATING, risk,
                Set.of(EnterpriseFlag.HIGH_FIRE_RISK, EnterpriseFlag.MAJOR_HAZARD_SOURCE),
                List.of(new Contact("张三", "站长", "13812345678")), 3, UPDATED, UPDATED);
    }

    public static Enterprise enterprise() {
        return enterprise(NAME, RiskLevel.RED);
    }

    /** The roles of a red, high-fire-risk enterprise, in an order other than print order, plus a department's role. */
    public static List<RoleStatus> roles(int postLeads) {
        return List.of(new RoleStatus("special-regulator", "专项监管责任人", "Special regulator", false, "platform", 1),
                new RoleStatus("gas-safety-officer", "燃气安全员", "Gas safety officer", false, "emergency", 0),
                new RoleStatus("enterprise-head", "企业主体责任人", "Enterprise head", false, "platform", 1),
                new RoleStatus("regulator", "监管责任人", "Regulator", false, "platform", 1),
                new RoleStatus("town-official", "镇级分管责任人", "Town official", false, "platform", 0),
                new RoleStatus("management-lead", "管理层级负责人", "Management lead", false, "platform", 1),
                new RoleStatus("technical-lead", "技术层级负责人", "Technical lead", false, "platform", 1),
                new RoleStatus("operation-lead", "操作层级负责人", "Operation lead", false, "platform", 1),
                new RoleStatus("post-lead", "岗位责任人", "Post lead", true, "platform", postLeads));
    }

    /** Town official and the department's gas safety officer missing; the regulator's name is given. */
    public static Plate plate(String regulatorName, int postLeads) {
        List<PlatePerson> persons = new ArrayList<>(List.of(
                new PlatePerson(1, "regulator", regulatorName, "应急办安监员", "023-65671234", "liqiang", null),
                new PlatePerson(2, "enterprise-head", "王建国", "总经理", "13812345678", null, null),
                new PlatePerson(3, "special-regulator", "赵敏", "消防专干", "13900001111", null, null),
                new PlatePerson(4, "management-lead", "孙立", "站长", "13700002222", null, null),
                new PlatePerson(5, "technical-lead", "周明", "技术主管", "13600003333", null, null),
                new PlatePerson(6, "operation-lead", "吴刚", "班组长", "13500004444", null, null),
                // no longer required: stays off the plate
                new PlatePerson(7, "old-role", "郑旧", "前安全员", "13400005555", null, null)));
        for (int i = 0; i < postLeads; i++) {
            persons.add(new PlatePerson(100 + i, "post-lead", "岗位人" + i, "操作员", "1330000" + String.format("%04d", i),
                    null, i == 0 ? "卸油口" : "加油区 " + i + " 号机"));
        }
        return new Plate(ID, CODE, NAME, roles(postLeads), persons, List.of("town-official", "gas-safety-officer"), 4,
                UPDATED);
    }

    public static PlateView view() {
        return new PlateView(plate("李强", 2), enterprise(), VILLAGE_NAME);
    }
}
