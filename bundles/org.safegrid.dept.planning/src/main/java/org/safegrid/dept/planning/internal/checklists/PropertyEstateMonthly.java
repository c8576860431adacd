package org.safegrid.dept.planning.internal.checklists;

import static org.safegrid.dept.planning.internal.checklists.Items.FIRE_LAW;
import static org.safegrid.dept.planning.internal.checklists.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/** The monthly self-inspection of a property-managed estate by its property service company (物业小区每月隐患排查). */
public final class PropertyEstateMonthly {

    public static final String CODE = "planning-property-estate-monthly";

    static final String SPECIAL_EQUIPMENT_LAW = "《特种设备安全法》";

    static final TemplateDefinition TEMPLATE = new TemplateDefinition(CODE,
            LocalizedText.of("物业小区每月隐患排查清单", "Property-managed estate monthly hazard checklist"), Cadence.MONTHLY,
            Set.of("property-estate"), Set.of(),
            List.of(item("control-room", "消防控制室24小时值班，值班人员持证上岗",
                    "The fire control room is staffed around the clock by certified operators", ItemCategory.PEOPLE,
                    "GB 25506《消防控制室通用技术要求》", SeverityHint.GENERAL),
                    item("fire-facilities", "共用消防设施（消火栓、自动喷水、火灾报警、应急照明、疏散指示）完好有效并定期维护检测",
                            "Shared fire systems (hydrants, sprinklers, alarms, emergency lights, exit signs) work and "
                                    + "are serviced",
                            ItemCategory.EQUIPMENT, FIRE_LAW + "第十八条", SeverityHint.MAJOR),
                    item("elevators", "电梯经定期检验合格并在有效期内，维护保养记录完整",
                            "Lifts passed their periodic inspection, are in date and have maintenance records",
                            ItemCategory.EQUIPMENT, SPECIAL_EQUIPMENT_LAW + "第四十条", SeverityHint.MAJOR),
                    item("decoration", "业主装修未擅自拆改承重结构，装修前已告知物业",
                            "Owners' renovations leave load-bearing parts alone and were announced to the manager",
                            ItemCategory.PROCESS, "《住宅室内装饰装修管理办法》第五条", SeverityHint.MAJOR),
                    item("fire-lanes", "消防车通道、消防登高场地未被占用、堵塞或封闭",
                            "Fire engine lanes and aerial ladder areas are not occupied, blocked or closed",
                            ItemCategory.ENVIRONMENT, FIRE_LAW + "第二十八条", SeverityHint.MAJOR),
                    item("evacuation", "楼梯间、疏散通道、安全出口畅通，常闭式防火门保持关闭",
                            "Stairs, escape routes and exits are clear; self-closing fire doors are kept shut",
                            ItemCategory.ENVIRONMENT, FIRE_LAW + "第二十八条", SeverityHint.MAJOR),
                    item("ebike-charging", "电动自行车集中停放充电，不在楼道、楼梯间、门厅停放或充电",
                            "E-bikes park and charge in the designated area, never in corridors, stairs or lobbies",
                            ItemCategory.ENVIRONMENT, FIRE_LAW + "第二十八条", SeverityHint.GENERAL),
                    item("falling-objects", "外墙饰面、空调外机、雨棚、广告招牌等无松动脱落风险",
                            "Facade cladding, outdoor AC units, canopies and signs are secure",
                            ItemCategory.ENVIRONMENT, "《民法典》第一千二百五十三条", SeverityHint.GENERAL),
                    item("fire-patrol", "每日开展防火巡查并记录，发现的隐患及时整改",
                            "Daily fire patrols are made and recorded; findings are fixed", ItemCategory.MANAGEMENT,
                            FIRE_LAW + "第十八条", SeverityHint.GENERAL),
                    item("elevator-plan", "制定电梯困人等特种设备事故应急预案并定期演练",
                            "A plan for lift entrapments and other equipment accidents exists and is drilled",
                            ItemCategory.MANAGEMENT, SPECIAL_EQUIPMENT_LAW + "第六十九条", SeverityHint.GENERAL)));

    private PropertyEstateMonthly() {
    }
}
