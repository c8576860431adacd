package org.safegrid.dept.citymgmt.internal;

import static org.safegrid.api.checklist.ItemCategory.ENVIRONMENT;
import static org.safegrid.api.checklist.ItemCategory.EQUIPMENT;
import static org.safegrid.api.checklist.ItemCategory.MANAGEMENT;
import static org.safegrid.api.checklist.ItemCategory.PEOPLE;
import static org.safegrid.api.checklist.ItemCategory.PROCESS;
import static org.safegrid.api.checklist.SeverityHint.GENERAL;
import static org.safegrid.api.checklist.SeverityHint.MAJOR;

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
 * The brigade's hazard checklists: gas use in restaurants every day (with the gas-alarm item the repeat rule reads),
 * outdoor billboards every month (with the structure items the billboard rule reads) and street stalls every week.
 */
@Component(property = ChecklistTemplateContributor.DEPARTMENT_PROPERTY + "=" + CityDepartment.ID)
public class CityChecklists implements ChecklistTemplateContributor {

    static final String GAS_LAW = "《城镇燃气管理条例》";
    static final String GAS_CODE = "GB 50028《城镇燃气设计规范》";
    static final String CITY_LAW = "《城市市容和环境卫生管理条例》";

    /** The gas-alarm item of the catering checklist. */
    public static final String GAS_ALARM_ITEM = "gas-alarm";

    static final TemplateDefinition CATERING_GAS_DAILY = new TemplateDefinition("citymgmt-catering-gas-daily",
            LocalizedText.of("餐饮场所燃气使用每日检查清单", "Restaurant gas use daily checklist"), Cadence.DAILY,
            Set.of("catering"), Set.of(),
            List.of(item(GAS_ALARM_ITEM, "可燃气体泄漏报警装置完好有效，报警时能联动切断气源",
                    "The gas leak alarm works and shuts off the gas when it sounds", EQUIPMENT,
                    GAS_CODE + "；GB 15322《可燃气体探测器》", MAJOR),
                    item("hoses", "燃气连接软管无老化、龟裂、鼠咬，长度符合规定，不穿墙、门、窗",
                            "Gas hoses are not aged, cracked or gnawed, are short enough and pass no wall, door or"
                                    + " window",
                            EQUIPMENT, GAS_CODE, MAJOR),
                    item("cylinders", "液化石油气钢瓶在检验有效期内，不在地下室、半地下室存放和使用",
                            "LPG cylinders are in their test period and never kept or used below ground", EQUIPMENT,
                            GAS_LAW + "；" + GAS_CODE, MAJOR),
                    item("no-modification", "未擅自安装、改装、拆除燃气设施，未使用不合格或淘汰的燃气具",
                            "No gas installation is altered without approval; no substandard or banned appliance"
                                    + " is used",
                            PROCESS, GAS_LAW, MAJOR),
                    item("valves-closed", "营业结束后关闭燃气总阀和灶前阀，专人检查",
                            "After closing the main and burner valves are shut and checked",
                            PROCESS, GAS_LAW, GENERAL),
                    item("ventilation", "厨房通风良好，排风设施运行正常", "The kitchen is well ventilated; extraction works",
                            ENVIRONMENT, GAS_CODE, GENERAL),
                    item("flue-cleaning", "排油烟管道定期清洗，灶台和烟道无油垢积聚",
                            "The extract duct is cleaned regularly; no grease builds up",
                            ENVIRONMENT, "《消防法》第十六条", GENERAL),
                    item("exits", "安全出口、疏散通道畅通，不堆放杂物", "Exits and escape routes are clear",
                            ENVIRONMENT, "《消防法》第二十八条", GENERAL),
                    item("extinguishers", "厨房配备灭火器、灭火毯，压力正常、在有效期内",
                            "The kitchen has extinguishers and a fire blanket, pressurised and in date", EQUIPMENT,
                            "《消防法》第十六条", GENERAL),
                    item("staff-trained", "厨房人员经燃气安全培训，会关阀、会报警、会使用灭火器材",
                            "Kitchen staff are trained to shut the gas, raise the alarm and use extinguishers", PEOPLE,
                            "《安全生产法》第二十八条", GENERAL),
                    item("supply-contract", "与燃气经营企业签订供用气合同，入户安检记录齐全",
                            "A supply contract with the gas company exists and its safety visits are recorded",
                            MANAGEMENT, GAS_LAW, GENERAL)));

    static final TemplateDefinition BILLBOARD_MONTHLY = new TemplateDefinition("citymgmt-billboard-monthly",
            LocalizedText.of("户外广告设施每月安全检查清单", "Outdoor billboard monthly safety checklist"), Cadence.MONTHLY,
            Set.of("outdoor-billboard"), Set.of(),
            List.of(item("approval", "广告设施设置经审批，在许可期限内", "The billboard is approved and within its permit",
                    MANAGEMENT, CITY_LAW, GENERAL),
                    item("structure", "主体结构无变形、锈蚀、开裂，焊缝无开裂",
                            "The structure shows no deformation, rust or cracks, welds are"
                                    + " sound",
                            EQUIPMENT, "GB 50017《钢结构设计标准》", MAJOR),
                    item("anchorage", "基础、预埋件和锚固螺栓牢固，无松动、缺失",
                            "Foundations, anchors and bolts are firm and complete", EQUIPMENT,
                            "GB 50017《钢结构设计标准》", MAJOR),
                    item("panels", "面板、灯箱和装饰件固定牢靠，无松脱、破损",
                            "Panels, light boxes and trims are fixed, not loose or broken",
                            EQUIPMENT, CITY_LAW, MAJOR),
                    item("electrical", "照明线路绝缘良好，有漏电保护，防雷接地可靠",
                            "Lighting circuits are insulated, protected by an RCD and earthed against lightning",
                            EQUIPMENT, "GB 50057《建筑物防雷设计规范》", MAJOR),
                    item("weather-check", "大风、暴雨等恶劣天气前后开展专项检查",
                            "Special checks are made before and after storms and gales",
                            PROCESS, "《安全生产法》第四十一条", GENERAL),
                    item("work-at-height", "维护人员持高处作业证、系安全带，作业区设置警戒",
                            "Maintenance staff hold a work-at-height certificate, wear harnesses and cordon off the area",
                            PEOPLE, "《安全生产法》第三十条", MAJOR),
                    item("surroundings", "未遮挡消防通道、安全出口、消防设施和交通标志",
                            "It blocks no fire lane, exit, fire equipment or traffic sign", ENVIRONMENT,
                            "《消防法》第二十八条", GENERAL),
                    item("maintenance-record", "安全检测和维护保养记录完整，维护责任人明确",
                            "Safety tests and maintenance are recorded; the person responsible is named", MANAGEMENT,
                            "《安全生产法》第三十六条", GENERAL)));

    static final TemplateDefinition STREET_STALL_WEEKLY = new TemplateDefinition("citymgmt-street-stall-weekly",
            LocalizedText.of("占道经营摊点每周安全检查清单", "Street stall weekly safety checklist"), Cadence.WEEKLY,
            Set.of("street-stall"), Set.of(),
            List.of(item("registration", "摊主信息登记备案，责任人和联系电话明确",
                    "The stall holder is registered with a named person and phone", MANAGEMENT, CITY_LAW, GENERAL),
                    item("approved-area", "在划定的区域和时段内经营，不占用盲道、消防车通道",
                            "Trading only in the set area and hours, never on tactile paving or fire lanes",
                            ENVIRONMENT, CITY_LAW + "；《消防法》第二十八条", GENERAL),
                    item("lpg", "使用液化气的摊点钢瓶合格、软管和减压阀完好",
                            "Stalls using LPG have sound cylinders, hoses and regulators", EQUIPMENT, GAS_LAW, MAJOR),
                    item("extinguisher", "用火用气摊点配备有效灭火器", "Stalls using fire or gas have a working extinguisher",
                            EQUIPMENT, "《消防法》第十六条", GENERAL),
                    item("electrical", "临时用电规范，无私拉乱接，有漏电保护", "Temporary power is properly wired with an RCD",
                            EQUIPMENT, "GB 50054《低压配电设计规范》", MAJOR),
                    item("structures", "遮阳棚、货架等临时设施稳固，不超出经营范围", "Awnings and racks are stable and within the pitch",
                            EQUIPMENT, CITY_LAW, GENERAL),
                    item("operator-aware", "经营者知晓用火用气安全常识和初起火灾处置",
                            "Holders know fire and gas safety and how to fight a small fire",
                            PEOPLE, "《消防法》", GENERAL),
                    item("crowd-space", "人流密集时段留出疏散通道，摊位间距满足安全要求",
                            "Escape routes stay open at busy hours; stalls keep their spacing", PROCESS,
                            "《消防法》第二十八条", GENERAL),
                    item("closing", "收摊后关闭气源、断电，不留火种", "At closing gas and power are off and no fire is left",
                            PROCESS, GAS_LAW, GENERAL),
                    item("waste", "废弃油脂和垃圾及时清运，不堵塞排水设施", "Waste oil and rubbish are removed and drains kept clear",
                            ENVIRONMENT, CITY_LAW, GENERAL)));

    @Override
    public List<TemplateDefinition> templates() {
        return List.of(CATERING_GAS_DAILY, BILLBOARD_MONTHLY, STREET_STALL_WEEKLY);
    }

    private static ItemDefinition item(String code, String zh, String en, ItemCategory category, String basis,
            SeverityHint severity) {
        return new ItemDefinition(code, LocalizedText.of(zh, en), category, basis, severity);
    }
}
