package org.safegrid.dept.culture.internal.templates;

import static org.safegrid.api.checklist.ItemCategory.ENVIRONMENT;
import static org.safegrid.api.checklist.ItemCategory.EQUIPMENT;
import static org.safegrid.api.checklist.ItemCategory.MANAGEMENT;
import static org.safegrid.api.checklist.ItemCategory.PEOPLE;
import static org.safegrid.api.checklist.ItemCategory.PROCESS;
import static org.safegrid.api.checklist.SeverityHint.GENERAL;
import static org.safegrid.api.checklist.SeverityHint.MAJOR;
import static org.safegrid.dept.culture.internal.templates.Items.FIRE_LAW;
import static org.safegrid.dept.culture.internal.templates.Items.WORK_SAFETY_LAW;
import static org.safegrid.dept.culture.internal.templates.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/** Scenic spots: a check before opening every day and a monthly check of the management system. */
public final class ScenicSpotTemplates {

    public static final String SCENIC_SPOT = "scenic-spot";
    static final String TOURISM_LAW = "《旅游法》";
    static final String SPECIAL_EQUIPMENT_LAW = "《特种设备安全法》";

    public static final TemplateDefinition DAILY = new TemplateDefinition("culture-scenic-spot-daily",
            LocalizedText.of("旅游景区每日开园前安全检查清单", "Scenic spot daily opening check"), Cadence.DAILY,
            Set.of(SCENIC_SPOT), Set.of(),
            List.of(item("paths-guardrails", "游览步道、栈道、桥梁、护栏完好，无松动、塌陷、断裂",
                    "Paths, boardwalks, bridges and guardrails are sound: nothing loose, sunken or broken",
                    EQUIPMENT, TOURISM_LAW + "第七十九条", MAJOR),
                    item("rides-precheck", "大型游乐设施、客运索道每日投入使用前完成试运行和例行安全检查并记录",
                            "Amusement rides and ropeways had their trial run and routine check today, recorded",
                            EQUIPMENT, SPECIAL_EQUIPMENT_LAW + "第四十三条", MAJOR),
                    item("visitor-flow", "游客接待量不超过核定最大承载量，流量控制措施落实",
                            "Visitors stay within the approved maximum capacity; flow control is applied",
                            PROCESS, TOURISM_LAW + "第四十五条", MAJOR),
                    item("danger-warnings", "临水、临崖、高风险项目等危险区域警示标志和安全提示明显",
                            "Water edges, cliffs and high-risk attractions carry clear warnings", ENVIRONMENT,
                            TOURISM_LAW + "第八十条；" + WORK_SAFETY_LAW + "第三十五条", GENERAL),
                    item("exits", "游客集散区、室内场馆安全出口和疏散通道畅通", "Gathering areas and indoor halls have clear "
                            + "exits and escape routes", ENVIRONMENT, FIRE_LAW + "第二十八条", MAJOR),
                    item("fire-equipment", "消防器材配置齐全完好，林区、古建筑等重点部位无违规用火",
                            "Fire equipment is complete; no fire is used near woods or historic buildings",
                            EQUIPMENT, FIRE_LAW + "第十六条、第二十一条", GENERAL),
                    item("staff-on-post", "安全员、救生员、设备操作人员按岗到位，特种设备作业人员持证",
                            "Safety staff, lifeguards and operators are at their posts; ride operators are certified",
                            PEOPLE, SPECIAL_EQUIPMENT_LAW + "第十四条", GENERAL),
                    item("weather", "已关注当日气象预警，恶劣天气时暂停涉水、高空等高风险项目",
                            "Today's weather warnings are known; water and height attractions stop in bad weather",
                            PROCESS, TOURISM_LAW + "第七十九条", MAJOR),
                    item("first-aid", "医疗救护点、急救药品和救援器材到位，救援电话公示",
                            "The first-aid point, kit and rescue gear are ready and the rescue number is posted",
                            MANAGEMENT, TOURISM_LAW + "第七十九条", GENERAL)));

    public static final TemplateDefinition MONTHLY = new TemplateDefinition("culture-scenic-spot-monthly",
            LocalizedText.of("旅游景区每月隐患排查清单", "Scenic spot monthly hazard checklist"), Cadence.MONTHLY,
            Set.of(SCENIC_SPOT), Set.of(),
            List.of(item("responsibility", "景区安全生产责任制建立并落实到各岗位", "Every post of the spot has its safety "
                    + "duties", MANAGEMENT, WORK_SAFETY_LAW + "第二十二条", GENERAL),
                    item("capacity-plan", "最大承载量已核定并公布，制定游客流量控制方案",
                            "The maximum capacity is approved and posted; a visitor flow plan exists", MANAGEMENT,
                            TOURISM_LAW + "第四十五条", MAJOR),
                    item("special-equipment", "大型游乐设施、客运索道、电梯等特种设备登记并在定期检验有效期内",
                            "Rides, ropeways and lifts are registered and within their periodic inspection",
                            EQUIPMENT, SPECIAL_EQUIPMENT_LAW + "第三十三条、第四十条", MAJOR),
                    item("geo-hazards", "排查山体滑坡、落石、水域等自然灾害隐患点并设置防护措施",
                            "Landslide, rockfall and water hazards are surveyed and protected", ENVIRONMENT,
                            TOURISM_LAW + "第七十九条", MAJOR),
                    item("training", "员工本月安全培训和应急处置培训完成并有记录",
                            "Staff had this month's safety and emergency training, recorded", PEOPLE,
                            WORK_SAFETY_LAW + "第二十八条", GENERAL),
                    item("fire-facilities", "消防设施每年全面检测，日常维护保养记录完整",
                            "Fire systems are tested yearly and their upkeep is recorded", EQUIPMENT,
                            FIRE_LAW + "第十六条", GENERAL),
                    item("contractors", "景区内承包、租赁经营项目签订安全管理协议并统一协调管理",
                            "Leased and contracted attractions have safety agreements and are coordinated",
                            MANAGEMENT, WORK_SAFETY_LAW + "第四十九条", GENERAL),
                    item("emergency-plan", "景区突发事件应急预案制定并演练，与镇预案衔接",
                            "The spot's emergency plan exists, fits the town's and is drilled", MANAGEMENT,
                            TOURISM_LAW + "第七十九条；" + WORK_SAFETY_LAW + "第八十一条", GENERAL)));

    private ScenicSpotTemplates() {
    }
}
