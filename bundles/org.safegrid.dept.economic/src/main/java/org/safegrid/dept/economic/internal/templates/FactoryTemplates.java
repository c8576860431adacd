package org.safegrid.dept.economic.internal.templates;

import static org.safegrid.api.checklist.ItemCategory.ENVIRONMENT;
import static org.safegrid.api.checklist.ItemCategory.EQUIPMENT;
import static org.safegrid.api.checklist.ItemCategory.MANAGEMENT;
import static org.safegrid.api.checklist.ItemCategory.PEOPLE;
import static org.safegrid.api.checklist.ItemCategory.PROCESS;
import static org.safegrid.api.checklist.SeverityHint.GENERAL;
import static org.safegrid.api.checklist.SeverityHint.MAJOR;
import static org.safegrid.dept.economic.internal.templates.Items.FIRE_LAW;
import static org.safegrid.dept.economic.internal.templates.Items.WORK_SAFETY_LAW;
import static org.safegrid.dept.economic.internal.templates.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/** The factory checklists: a daily walk of the workshop before work and a monthly check of the management system. */
public final class FactoryTemplates {

    public static final String FACTORY = "factory";

    public static final TemplateDefinition DAILY = new TemplateDefinition("economic-factory-daily",
            LocalizedText.of("工业企业每日隐患排查清单", "Factory daily hazard checklist"), Cadence.DAILY, Set.of(FACTORY),
            Set.of(),
            List.of(item("special-operators", "特种作业人员（电工、焊工、叉车司机等）持证上岗，证件在有效期内",
                    "Special operators (electricians, welders, forklift drivers) hold valid certificates", PEOPLE,
                    WORK_SAFETY_LAW + "第三十条", MAJOR),
                    item("ppe", "作业人员按规定佩戴和使用劳动防护用品", "Workers wear and use the required protective equipment",
                            PEOPLE, WORK_SAFETY_LAW + "第四十五条", GENERAL),
                    item("machine-guards", "设备传动部位防护罩、急停装置、安全联锁完好有效",
                            "Guards on moving parts, emergency stops and interlocks are in place and work", EQUIPMENT,
                            WORK_SAFETY_LAW + "第三十六条", MAJOR),
                    item("electrical", "配电箱柜完好、接地可靠，无私拉乱接电线", "Switchboards are intact and earthed; no "
                            + "improvised wiring", EQUIPMENT, FIRE_LAW + "第二十七条", GENERAL),
                    item("hot-work", "动火、临时用电、吊装等危险作业经审批并安排专人现场管理",
                            "Hot work, temporary power and lifting are permitted and supervised on site", PROCESS,
                            WORK_SAFETY_LAW + "第四十三条", MAJOR),
                    item("exits", "车间安全出口、疏散通道畅通，未锁闭、封堵或占用",
                            "Workshop exits and escape routes are clear, not locked or blocked", ENVIRONMENT,
                            WORK_SAFETY_LAW + "第四十二条", MAJOR),
                    item("fire-equipment", "灭火器、消火栓等消防器材配置齐全、完好有效，未被遮挡",
                            "Extinguishers and hydrants are complete, working and unobstructed", EQUIPMENT,
                            FIRE_LAW + "第十六条、第二十八条", GENERAL),
                    item("storage", "原材料、成品按规定分区堆放，易燃物品远离火源，不在车间内住人",
                            "Materials are stored in their areas, flammables away from ignition, nobody sleeps in the "
                                    + "workshop",
                            ENVIRONMENT, FIRE_LAW + "第十九条", GENERAL),
                    item("warning-signs", "危险部位和设备设置明显的安全警示标志",
                            "Dangerous places and equipment carry clear safety signs", ENVIRONMENT,
                            WORK_SAFETY_LAW + "第三十五条；GB 2894《安全标志及其使用导则》", GENERAL),
                    item("shift-record", "班前安全检查和交接班记录完整", "The pre-shift check and handover are recorded",
                            MANAGEMENT, WORK_SAFETY_LAW + "第四十一条", GENERAL)));

    public static final TemplateDefinition MONTHLY = new TemplateDefinition("economic-factory-monthly",
            LocalizedText.of("工业企业每月隐患排查清单", "Factory monthly hazard checklist"), Cadence.MONTHLY,
            Set.of(FACTORY), Set.of(),
            List.of(item("responsibility", "全员安全生产责任制建立并落实，主要负责人履行安全生产职责",
                    "Every post has its safety duties; the head carries out his duties", MANAGEMENT,
                    WORK_SAFETY_LAW + "第二十一条、第二十二条", GENERAL),
                    item("safety-staff", "按规定设置安全生产管理机构或配备安全生产管理人员",
                            "A safety department or safety managers are appointed as required", PEOPLE,
                            WORK_SAFETY_LAW + "第二十四条", MAJOR),
                    item("training", "本月新入职、转岗人员完成三级安全教育培训并有记录",
                            "New and transferred staff completed and recorded their safety training", PEOPLE,
                            WORK_SAFETY_LAW + "第二十八条", GENERAL),
                    item("special-equipment", "锅炉、压力容器、起重机械、场（厂）内机动车辆等特种设备登记并在检验有效期内",
                            "Boilers, pressure vessels, cranes and in-plant vehicles are registered and inspected in "
                                    + "time",
                            EQUIPMENT, "《特种设备安全法》第三十三条、第四十条", MAJOR),
                    item("risk-control", "安全风险分级管控和隐患排查治理双重预防机制运行，隐患整改闭环",
                            "Risks are graded and controlled; hazards found are rectified and closed", MANAGEMENT,
                            WORK_SAFETY_LAW + "第四十一条", GENERAL),
                    item("fire-facilities", "自动消防设施每年检测，日常维护保养记录完整",
                            "Automatic fire systems are tested yearly and their upkeep is recorded", EQUIPMENT,
                            FIRE_LAW + "第十六条；GB 25201《建筑消防设施的维护管理》", GENERAL),
                    item("contractors", "外包、出租的场所和作业签订安全管理协议，明确各自安全职责",
                            "Contracted and leased work has a safety agreement naming each party's duties",
                            MANAGEMENT, WORK_SAFETY_LAW + "第四十九条", GENERAL),
                    item("emergency-plan", "生产安全事故应急预案制定并与政府预案衔接，按规定组织演练",
                            "The emergency plan exists, fits the town's plan and is drilled", MANAGEMENT,
                            WORK_SAFETY_LAW + "第八十一条", GENERAL),
                    item("insurance", "依法参加工伤保险，高危行业投保安全生产责任保险",
                            "Staff have work-injury insurance; high-risk trades hold safety liability insurance",
                            MANAGEMENT, WORK_SAFETY_LAW + "第五十一条", GENERAL)));

    private FactoryTemplates() {
    }
}
