package org.safegrid.dept.economic.internal.templates;

import static org.safegrid.api.checklist.ItemCategory.ENVIRONMENT;
import static org.safegrid.api.checklist.ItemCategory.EQUIPMENT;
import static org.safegrid.api.checklist.ItemCategory.MANAGEMENT;
import static org.safegrid.api.checklist.ItemCategory.PEOPLE;
import static org.safegrid.api.checklist.ItemCategory.PROCESS;
import static org.safegrid.api.checklist.SeverityHint.GENERAL;
import static org.safegrid.api.checklist.SeverityHint.MAJOR;
import static org.safegrid.dept.economic.internal.templates.Items.WORK_SAFETY_LAW;
import static org.safegrid.dept.economic.internal.templates.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/**
 * The two kinds of work that kill most often in small factories: confined spaces (有限空间) and combustible dust
 * (粉尘涉爆). Both are monthly; a factory without such work answers "not applicable".
 */
public final class HighRiskWorkTemplates {

    static final String CONFINED_SPACE_RULES = "《工贸企业有限空间作业安全规定》（应急管理部令第13号）";
    static final String DUST_RULES = "《工贸企业粉尘防爆安全规定》（应急管理部令第6号）";
    static final String DUST_STANDARD = "GB 15577《粉尘防爆安全规程》";

    public static final TemplateDefinition CONFINED_SPACE = new TemplateDefinition("economic-confined-space-monthly",
            LocalizedText.of("工贸企业有限空间作业每月排查清单", "Confined-space work monthly checklist"), Cadence.MONTHLY,
            Set.of(FactoryTemplates.FACTORY), Set.of(),
            List.of(item("inventory", "辨识本单位有限空间，建立有限空间管理台账并及时更新",
                    "The confined spaces are identified and listed, and the list is current", MANAGEMENT,
                    CONFINED_SPACE_RULES, GENERAL),
                    item("signs", "有限空间出入口设置明显的安全警示标志和警示说明",
                            "Every confined-space entrance carries a clear warning sign", ENVIRONMENT,
                            WORK_SAFETY_LAW + "第三十五条；" + CONFINED_SPACE_RULES, GENERAL),
                    item("approval", "有限空间作业实行审批，作业负责人、监护人员、作业人员明确",
                            "Confined-space work is permitted, with a named supervisor, attendant and workers",
                            MANAGEMENT, WORK_SAFETY_LAW + "第四十三条；" + CONFINED_SPACE_RULES, MAJOR),
                    item("ventilate-test", "严格执行“先通风、再检测、后作业”，检测记录完整",
                            "Ventilate first, test next, enter last; the gas tests are recorded", PROCESS,
                            CONFINED_SPACE_RULES, MAJOR),
                    item("attendant", "作业期间安排专人在外监护，不得擅离职守",
                            "An attendant stays outside for the whole job", PEOPLE, CONFINED_SPACE_RULES, MAJOR),
                    item("gas-detectors", "配备与作业风险相适应的气体检测报警仪器并定期校准",
                            "Gas detectors fit for the risk are provided and calibrated", EQUIPMENT,
                            CONFINED_SPACE_RULES, MAJOR),
                    item("rescue-equipment", "配备呼吸防护用品、安全带、安全绳、三脚架等应急救援装备",
                            "Breathing apparatus, harnesses, lines and tripods for rescue are at hand", EQUIPMENT,
                            WORK_SAFETY_LAW + "第四十五条；" + CONFINED_SPACE_RULES, MAJOR),
                    item("training", "有限空间作业人员和监护人员经专项安全培训",
                            "Workers and attendants are trained for confined spaces", PEOPLE,
                            WORK_SAFETY_LAW + "第二十八条；" + CONFINED_SPACE_RULES, GENERAL),
                    item("rescue-plan", "制定有限空间作业专项应急预案或现场处置方案，每年至少演练一次，严禁盲目施救",
                            "A confined-space rescue plan exists and is drilled yearly; no unprotected rescue",
                            MANAGEMENT, WORK_SAFETY_LAW + "第八十一条；" + CONFINED_SPACE_RULES, MAJOR)));

    public static final TemplateDefinition DUST = new TemplateDefinition("economic-dust-explosion-monthly",
            LocalizedText.of("粉尘涉爆企业每月排查清单", "Combustible dust monthly checklist"), Cadence.MONTHLY,
            Set.of(FactoryTemplates.FACTORY), Set.of(),
            List.of(item("risk-identification", "辨识粉尘爆炸危险场所并建立粉尘防爆安全管理制度",
                    "Dust explosion areas are identified and dust safety rules are in place", MANAGEMENT, DUST_RULES,
                    GENERAL),
                    item("separate-building", "粉尘爆炸危险场所不设置在非框架结构的多层建构筑物内，与员工宿舍、人员密集场所分开",
                            "Dust areas are not in multi-storey non-frame buildings and are apart from dormitories and "
                                    + "crowded rooms",
                            ENVIRONMENT, DUST_STANDARD + "；" + DUST_RULES, MAJOR),
                    item("collection", "除尘系统按工艺分区独立设置，未采用正压吹送",
                            "Dust collection is separate for each area and not blown under positive pressure",
                            EQUIPMENT, DUST_STANDARD, MAJOR),
                    item("explosion-protection", "除尘器设置泄爆、隔爆、抑爆等控爆措施，完好有效",
                            "Dust collectors have venting, isolation or suppression that works", EQUIPMENT,
                            DUST_STANDARD, MAJOR),
                    item("cleaning", "按规定及时清理作业场所和设备积尘，清扫记录完整",
                            "Settled dust is cleaned off floors and equipment as scheduled, with records", PROCESS,
                            DUST_RULES, MAJOR),
                    item("ignition", "防爆电气设备与区域相符，设备接地和防静电措施有效，作业区内无明火",
                            "Electrical equipment fits the zone, earthing and anti-static measures work, no open "
                                    + "flames",
                            EQUIPMENT, DUST_STANDARD, MAJOR),
                    item("metal-dust", "铝镁等金属粉尘及遇湿自燃物料防水防潮，湿式除尘的粉尘泥浆及时清理",
                            "Aluminium and magnesium dust is kept dry; wet-collector sludge is removed promptly",
                            PROCESS, DUST_RULES, MAJOR),
                    item("training", "主要负责人、安全管理人员和涉粉作业人员接受粉尘防爆专项培训",
                            "The head, safety managers and dust workers are trained in dust explosion protection",
                            PEOPLE, WORK_SAFETY_LAW + "第二十八条；" + DUST_RULES, GENERAL)));

    private HighRiskWorkTemplates() {
    }
}
