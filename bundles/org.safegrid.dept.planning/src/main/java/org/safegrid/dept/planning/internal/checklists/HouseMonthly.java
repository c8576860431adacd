package org.safegrid.dept.planning.internal.checklists;

import static org.safegrid.dept.planning.internal.checklists.Items.FIRE_LAW;
import static org.safegrid.dept.planning.internal.checklists.Items.SELF_BUILT_CAMPAIGN;
import static org.safegrid.dept.planning.internal.checklists.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/** The monthly self-inspection of self-built and rented houses (自建房、出租房每月隐患排查). */
public final class HouseMonthly {

    public static final String CODE = "planning-house-monthly";

    /** Items about the building's structure: one failure is already serious. */
    public static final Set<String> STRUCTURAL_ITEMS = Set.of("structure-damage", "load-bearing-changes");

    static final TemplateDefinition TEMPLATE = new TemplateDefinition(CODE,
            LocalizedText.of("自建房及出租房屋每月隐患排查清单", "Self-built and rented house monthly hazard checklist"),
            Cadence.MONTHLY, Set.of("self-built-house", "housing"), Set.of(),
            List.of(item("owner-duty", "房屋产权人（使用人）落实安全主体责任，明确安全责任人和联系电话",
                    "The owner (or user) answers for the house's safety and names a contact", ItemCategory.PEOPLE,
                    SELF_BUILT_CAMPAIGN, SeverityHint.GENERAL),
                    item("structure-damage", "承重墙、梁、柱、楼板无明显裂缝、倾斜、变形或不均匀沉降",
                            "Load-bearing walls, beams, columns and floors show no cracks, tilt, deformation or "
                                    + "settlement",
                            ItemCategory.EQUIPMENT, SELF_BUILT_CAMPAIGN, SeverityHint.MAJOR),
                    item("load-bearing-changes", "未擅自拆改承重结构、加层扩建或开挖地下空间",
                            "No load-bearing part was removed or altered, no storey added, no basement dug without "
                                    + "a design",
                            ItemCategory.PROCESS, "《建设工程质量管理条例》第十五条", SeverityHint.MAJOR),
                    item("safety-appraisal", "用于经营的自建房有房屋安全鉴定报告或设计、施工、竣工验收资料",
                            "A house used for business has a safety appraisal or its design and acceptance records",
                            ItemCategory.MANAGEMENT, SELF_BUILT_CAMPAIGN, SeverityHint.MAJOR),
                    item("rental-rules", "出租以原设计房间为最小单位，厨房、卫生间、阳台和地下储藏室不出租住人",
                            "Rooms are let as designed; kitchens, bathrooms, balconies and basements are not let for "
                                    + "living",
                            ItemCategory.MANAGEMENT, "《商品房屋租赁管理办法》第八条", SeverityHint.GENERAL),
                    item("evacuation", "疏散通道、安全出口、楼梯间畅通，未锁闭、堵塞，窗户未设影响逃生的防盗网",
                            "Escape routes, exits and stairs are clear and unlocked; no bars block escape windows",
                            ItemCategory.ENVIRONMENT, FIRE_LAW + "第二十八条", SeverityHint.MAJOR),
                    item("ebike-charging", "电动自行车不在楼道、楼梯间、安全出口处停放或充电",
                            "E-bikes are not parked or charged in corridors, stairwells or exits",
                            ItemCategory.ENVIRONMENT, FIRE_LAW + "第二十八条", SeverityHint.GENERAL),
                    item("mixed-use", "生产、储存、经营场所与居住场所未违规设在同一建筑物内（“三合一”）",
                            "No workshop, store or shop shares the building with living space against the fire code",
                            ItemCategory.ENVIRONMENT, FIRE_LAW + "第十九条", SeverityHint.MAJOR),
                    item("wiring", "电气线路无私拉乱接、老化破损，配电箱设置漏电保护装置",
                            "No makeshift or worn wiring; the distribution box has residual-current protection",
                            ItemCategory.EQUIPMENT, FIRE_LAW + "第二十七条", SeverityHint.GENERAL),
                    item("gas-use", "燃气具和连接软管合格且未超期使用，未私自改装燃气管道",
                            "Gas appliances and hoses are approved and in date; gas pipes were not altered",
                            ItemCategory.EQUIPMENT, "《城镇燃气管理条例》第二十八条", SeverityHint.GENERAL),
                    item("extinguishers", "经营性自建房按规定配置灭火器等消防器材并在有效期内",
                            "A house used for business keeps extinguishers that are in date", ItemCategory.EQUIPMENT,
                            FIRE_LAW + "第十六条", SeverityHint.GENERAL)));

    private HouseMonthly() {
    }
}
