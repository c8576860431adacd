package org.safegrid.dept.emergency.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ChecklistTemplateContributor;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/**
 * The emergency office's hazard checklists: a daily one for fuel and gas filling stations and a monthly one for
 * hazardous-chemicals enterprises, over the five aspects of measure 4 (people, equipment, process, environment,
 * management).
 */
@Component(property = ChecklistTemplateContributor.DEPARTMENT_PROPERTY + "=" + EmergencyDepartment.ID)
public class EmergencyChecklists implements ChecklistTemplateContributor {

    static final TemplateDefinition FUEL_STATION_DAILY = new TemplateDefinition("emergency-fuel-station-daily",
            LocalizedText.of("加油加气站每日隐患排查清单", "Fuel and gas station daily hazard checklist"), Cadence.DAILY,
            Set.of("fuel-station", "gas-filling-station"), Set.of(),
            List.of(item("staff-certified", "卸油、加油作业人员持证上岗，按规定穿戴防静电工作服",
                    "Fuelling and unloading staff are certified and wear anti-static clothing", ItemCategory.PEOPLE,
                    "《安全生产法》第二十七条、第三十条", SeverityHint.GENERAL),
                    item("extinguishers", "灭火器、灭火毯、消防沙配置齐全，压力正常，在有效期内",
                            "Extinguishers, fire blankets and sand are complete, pressurised and in date",
                            ItemCategory.EQUIPMENT, "《消防法》第十六条", SeverityHint.GENERAL),
                    item("emergency-stop", "加油机紧急切断装置、静电接地装置完好有效",
                            "Dispenser emergency shut-offs and static grounding work",
                            ItemCategory.EQUIPMENT, "GB 50156《汽车加油加气加氢站技术标准》", SeverityHint.MAJOR),
                    item("unloading", "卸油时专人监护，静电接地到位，卸油期间停止该罐加油",
                            "Unloading is supervised, grounded, and the tank is not dispensing meanwhile",
                            ItemCategory.PROCESS, "AQ 3010《加油站作业安全规范》", SeverityHint.MAJOR),
                    item("no-ignition", "站内无吸烟、无明火、无违规使用手机，无违规停放车辆",
                            "No smoking, open flames, phone use or illegal parking on the forecourt",
                            ItemCategory.ENVIRONMENT, "《消防法》第二十一条", SeverityHint.GENERAL),
                    item("no-leaks", "油罐、管线、加油机无渗漏，油气回收装置运行正常",
                            "Tanks, pipes and dispensers do not leak; vapour recovery works", ItemCategory.EQUIPMENT,
                            "GB 50156《汽车加油加气加氢站技术标准》", SeverityHint.MAJOR),
                    item("emergency-kit", "应急预案在岗可查，吸油毡等应急物资到位，员工熟悉报警和处置程序",
                            "The emergency plan is at hand, spill kits are in place, staff know how to raise the alarm",
                            ItemCategory.MANAGEMENT, "《安全生产法》第八十一条", SeverityHint.GENERAL),
                    item("duty-record", "当日安全检查记录和交接班记录完整",
                            "Today's safety check and shift handover are recorded", ItemCategory.MANAGEMENT,
                            "《安全生产法》第四十一条", SeverityHint.GENERAL)));

    static final TemplateDefinition HAZARDOUS_CHEMICALS_MONTHLY = new TemplateDefinition(
            "emergency-hazardous-chemicals-monthly",
            LocalizedText.of("危险化学品企业每月隐患排查清单", "Hazardous chemicals monthly hazard checklist"),
            Cadence.MONTHLY, Set.of("hazardous-chemicals"), Set.of(),
            List.of(item("safety-manager", "配备专职安全生产管理人员，主要负责人和安全管理人员考核合格",
                    "A full-time safety manager is appointed; the head and managers passed their assessment",
                    ItemCategory.PEOPLE, "《安全生产法》第二十四条、第二十七条", SeverityHint.MAJOR),
                    item("storage", "危险化学品专库专储，分类分项存放，数量不超过核定储量",
                            "Dangerous chemicals are stored in dedicated, segregated stores within the approved amount",
                            ItemCategory.EQUIPMENT, "《危险化学品安全管理条例》第二十四条", SeverityHint.MAJOR),
                    item("alarms", "可燃有毒气体检测报警、紧急切断等安全设施运行正常",
                            "Gas detection alarms and emergency shut-off systems work",
                            ItemCategory.EQUIPMENT, "《危险化学品安全管理条例》第二十条", SeverityHint.MAJOR),
                    item("hot-work", "动火、受限空间等特殊作业按规定审批和监护",
                            "Hot work and confined-space work are permitted and supervised", ItemCategory.PROCESS,
                            "GB 30871《危险化学品企业特殊作业安全规范》", SeverityHint.MAJOR),
                    item("training", "从业人员经安全生产教育和培训合格，熟悉所接触危险化学品的危险特性和应急处置",
                            "Staff are trained and know the hazards and emergency handling of the chemicals they handle",
                            ItemCategory.PEOPLE, "《安全生产法》第二十八条", SeverityHint.GENERAL),
                    item("warning-signs", "储存和作业场所设置明显的安全警示标志，疏散通道和安全出口畅通",
                            "Stores and workplaces carry clear warning signs; exits and escape routes are clear",
                            ItemCategory.ENVIRONMENT, "《安全生产法》第三十五条、第四十二条", SeverityHint.GENERAL),
                    item("major-hazard-source", "重大危险源已登记建档，定期检测、评估、监控，并有专项应急预案",
                            "Major hazard sources are registered, tested, assessed and monitored, with their own plan",
                            ItemCategory.MANAGEMENT, "《安全生产法》第四十条", SeverityHint.MAJOR),
                    item("plan-drill", "应急预案已备案，本季度开展过应急演练",
                            "The emergency plan is filed and drilled this quarter", ItemCategory.MANAGEMENT,
                            "《生产安全事故应急条例》第八条", SeverityHint.GENERAL)));

    @Override
    public List<TemplateDefinition> templates() {
        return List.of(FUEL_STATION_DAILY, HAZARDOUS_CHEMICALS_MONTHLY);
    }

    private static ItemDefinition item(String code, String zh, String en, ItemCategory category, String basis,
            SeverityHint severity) {
        return new ItemDefinition(code, LocalizedText.of(zh, en), category, basis, severity);
    }
}
