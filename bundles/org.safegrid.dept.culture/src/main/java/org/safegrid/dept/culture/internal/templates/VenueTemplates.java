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

/** Cultural and entertainment venues (KTV, cinemas, internet cafés, theatres): a daily fire patrol and a monthly check. */
public final class VenueTemplates {

    public static final String VENUE = "entertainment-venue";
    static final String FIRE_RULES = "《机关、团体、企业、事业单位消防安全管理规定》（公安部令第61号）";

    public static final TemplateDefinition DAILY = new TemplateDefinition("culture-venue-daily",
            LocalizedText.of("文化娱乐场所每日防火巡查清单", "Entertainment venue daily fire patrol"), Cadence.DAILY,
            Set.of(VENUE), Set.of(),
            List.of(item("exits", "营业期间安全出口、疏散通道畅通，未上锁、未堵塞", "Exits and escape routes are open and "
                    + "clear while open", ENVIRONMENT, FIRE_LAW + "第二十八条", MAJOR),
                    item("windows", "门窗未设置影响逃生和灭火救援的铁栅栏、广告牌等障碍物",
                            "No bars or signboards on doors and windows hinder escape or rescue", ENVIRONMENT,
                            FIRE_LAW + "第二十八条", MAJOR),
                    item("evacuation-signs", "疏散指示标志、应急照明完好，包间内有疏散示意图",
                            "Exit signs and emergency lighting work; every room shows the escape plan", EQUIPMENT,
                            FIRE_LAW + "第十六条；GB 51309《消防应急照明和疏散指示系统技术标准》", GENERAL),
                    item("crowd-capacity", "场内人数未超过核定容纳人数", "There are no more people inside than "
                            + "approved", PROCESS, FIRE_LAW + "第十六条", MAJOR),
                    item("extinguishers", "灭火器、消火栓配置齐全完好，未被遮挡", "Extinguishers and hydrants are complete, "
                            + "working and unobstructed", EQUIPMENT, FIRE_LAW + "第二十八条", GENERAL),
                    item("no-open-flame", "场内无燃放烟花、冷焰火，无违规使用明火和蜡烛",
                            "No fireworks, cold sparklers, open flames or candles inside", PROCESS,
                            FIRE_LAW + "第二十一条", MAJOR),
                    item("electrical", "电气线路、灯光音响设备无私拉乱接和过载，闭店后切断非必要电源",
                            "Wiring, lights and sound are not improvised or overloaded; power is cut after closing",
                            EQUIPMENT, FIRE_LAW + "第二十七条", GENERAL),
                    item("staff-evacuation", "当班员工熟悉疏散路线，能引导顾客疏散", "Staff on duty know the escape routes "
                            + "and can lead guests out", PEOPLE, FIRE_LAW + "第十六条", GENERAL),
                    item("patrol-record", "营业期间防火巡查至少每两小时一次，营业结束后全面检查，记录完整",
                            "Fire patrols at least every two hours while open and a full check after closing, "
                                    + "recorded",
                            MANAGEMENT, FIRE_LAW + "第十七条；" + FIRE_RULES, GENERAL)));

    public static final TemplateDefinition MONTHLY = new TemplateDefinition("culture-venue-monthly",
            LocalizedText.of("文化娱乐场所每月消防安全检查清单", "Entertainment venue monthly fire-safety check"),
            Cadence.MONTHLY, Set.of(VENUE), Set.of(),
            List.of(item("responsible-persons", "明确消防安全责任人、消防安全管理人，逐级落实消防安全责任",
                    "The fire-safety responsible person and manager are named and duties assigned down the line",
                    MANAGEMENT, FIRE_LAW + "第十六条、第十七条", GENERAL),
                    item("decoration", "室内装修、装饰材料符合防火要求，未使用易燃可燃材料",
                            "Interior finishes and decorations meet fire requirements; nothing flammable is used",
                            ENVIRONMENT, FIRE_LAW + "第二十六条", MAJOR),
                    item("fire-facilities", "自动喷水灭火、火灾自动报警等消防设施每年检测，维护保养记录完整",
                            "Sprinklers and fire alarms are tested yearly and their upkeep is recorded", EQUIPMENT,
                            FIRE_LAW + "第十六条；GB 25201《建筑消防设施的维护管理》", MAJOR),
                    item("no-residence", "场所内未设置员工宿舍，未与易燃易爆危险品同建筑存放",
                            "Nobody sleeps in the venue and no flammable goods are stored in the building",
                            ENVIRONMENT, FIRE_LAW + "第十九条", MAJOR),
                    item("kitchen-gas", "使用燃气的厨房安装可燃气体报警装置并保障正常使用",
                            "A gas kitchen has a working gas alarm", EQUIPMENT, WORK_SAFETY_LAW + "第三十六条", MAJOR),
                    item("training-drill", "员工消防安全培训和灭火、应急疏散演练按计划开展",
                            "Staff fire training and evacuation drills happen as planned", PEOPLE,
                            FIRE_LAW + "第十六条", GENERAL),
                    item("lifts", "电梯等特种设备在定期检验有效期内", "Lifts and other special equipment are within their "
                            + "inspection dates", EQUIPMENT, "《特种设备安全法》第四十条", GENERAL),
                    item("hazard-closure", "上月发现的火灾隐患已整改完毕并记录",
                            "Last month's fire hazards are fixed and recorded", MANAGEMENT,
                            WORK_SAFETY_LAW + "第四十一条", GENERAL)));

    private VenueTemplates() {
    }
}
