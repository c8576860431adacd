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

/**
 * Markets and commercial complexes are crowded places: a daily fire patrol while they are open. Gas companies get a
 * monthly check of their stations and pipelines.
 */
public final class MarketTemplates {

    static final String FIRE_RULES = "《机关、团体、企业、事业单位消防安全管理规定》（公安部令第61号）";

    public static final TemplateDefinition MARKET_FIRE_DAILY = new TemplateDefinition("economic-market-fire-daily",
            LocalizedText.of("专业市场、商业综合体每日消防安全巡查清单", "Market and commercial complex daily fire patrol"),
            Cadence.DAILY, Set.of("specialised-market", "commercial-complex"), Set.of(),
            List.of(item("exits", "安全出口、疏散通道畅通，营业期间未锁闭，未堆放商品杂物",
                    "Exits and escape routes are clear and unlocked while open, no goods stacked in them",
                    ENVIRONMENT, FIRE_LAW + "第二十八条", MAJOR),
                    item("evacuation-signs", "疏散指示标志、应急照明完好有效", "Exit signs and emergency lighting work",
                            EQUIPMENT, FIRE_LAW + "第十六条；GB 51309《消防应急照明和疏散指示系统技术标准》", GENERAL),
                    item("extinguishers", "灭火器、室内消火栓配置齐全、完好，未被遮挡、圈占",
                            "Extinguishers and indoor hydrants are complete, working and not blocked", EQUIPMENT,
                            FIRE_LAW + "第二十八条", GENERAL),
                    item("fire-doors", "常闭式防火门处于关闭状态，防火卷帘下方无堆放物",
                            "Self-closing fire doors are shut; nothing stands under fire shutters", EQUIPMENT,
                            FIRE_LAW + "第二十八条", MAJOR),
                    item("control-room", "消防控制室24小时双人值班，值班人员持证，消防设施处于正常运行状态",
                            "The fire control room is manned by two certified operators around the clock, systems "
                                    + "on",
                            PEOPLE, FIRE_LAW + "第十七条", MAJOR),
                    item("electrical", "商铺电气线路无私拉乱接，无违规使用大功率电器，电动自行车不在室内充电",
                            "No improvised wiring or high-power appliances in shops; no e-bikes charged indoors",
                            EQUIPMENT, FIRE_LAW + "第二十七条", MAJOR),
                    item("no-residence", "商铺、仓库内无住人，经营、储存、住宿未设置在同一空间",
                            "Nobody lives in shops or stores; trading, storage and sleeping are not mixed",
                            ENVIRONMENT, FIRE_LAW + "第十九条", MAJOR),
                    item("gas-catering", "餐饮商户使用燃气的安装可燃气体报警装置并正常使用",
                            "Restaurants using gas have a working gas alarm", EQUIPMENT,
                            WORK_SAFETY_LAW + "第三十六条", MAJOR),
                    item("patrol-record", "营业期间防火巡查至少每两小时一次，闭店后全面检查，记录完整",
                            "Fire patrols at least every two hours while open and a full check after closing, "
                                    + "recorded",
                            PROCESS, FIRE_LAW + "第十七条；" + FIRE_RULES, GENERAL),
                    item("hot-work", "装修、维修动火作业经审批，落实现场监护和防火措施",
                            "Hot work during fitting-out and repair is permitted and watched", PROCESS,
                            FIRE_LAW + "第二十一条", MAJOR)));

    public static final TemplateDefinition GAS_COMPANY_MONTHLY = new TemplateDefinition(
            "economic-gas-company-monthly", LocalizedText.of("燃气企业每月隐患排查清单", "Gas company monthly checklist"),
            Cadence.MONTHLY, Set.of("gas-company"), Set.of(),
            List.of(item("licence", "燃气经营许可证在有效期内，按许可范围经营",
                    "The gas business licence is valid and the business stays within it", MANAGEMENT,
                    "《城镇燃气管理条例》", MAJOR),
                    item("staff-certified", "企业主要负责人、安全管理人员及运行、维护、抢修人员经专业培训考核合格",
                            "The head, safety managers and operating, maintenance and repair staff passed their "
                                    + "training",
                            PEOPLE, WORK_SAFETY_LAW + "第二十七条；《城镇燃气管理条例》", GENERAL),
                    item("pipeline-patrol", "按规定对燃气管网、调压设施进行巡查、检测和维护，记录完整",
                            "Mains and pressure-regulating stations are patrolled, tested and maintained, with "
                                    + "records",
                            PROCESS, "《城镇燃气管理条例》；GB 50028《城镇燃气设计规范》", MAJOR),
                    item("protection-zone", "燃气设施保护范围内无违章建筑、无擅自施工、无堆放易燃物",
                            "No illegal buildings, unapproved digging or flammables within the protection zone",
                            ENVIRONMENT, "《城镇燃气管理条例》", MAJOR),
                    item("cylinders", "液化石油气钢瓶在检验期内，不充装超期、报废和非自有钢瓶",
                            "LPG cylinders are within their test dates; none expired, scrapped or foreign is filled",
                            EQUIPMENT, "《特种设备安全法》第四十条；《城镇燃气管理条例》", MAJOR),
                    item("user-inspection", "按规定对用户燃气设施进行入户安全检查，发现隐患书面告知",
                            "Customers' gas installations are inspected and hazards notified in writing",
                            MANAGEMENT, "《城镇燃气管理条例》", GENERAL),
                    item("leak-detection", "场站可燃气体泄漏报警、紧急切断装置完好有效",
                            "Gas leak alarms and emergency shut-offs at the stations work", EQUIPMENT,
                            WORK_SAFETY_LAW + "第三十六条", MAJOR),
                    item("emergency-repair", "24小时抢修电话畅通，抢修队伍、车辆和器材到位，应急预案定期演练",
                            "The 24-hour repair line answers; crews, vehicles and kit are ready; the plan is drilled",
                            MANAGEMENT, WORK_SAFETY_LAW + "第八十一条；《城镇燃气管理条例》", GENERAL)));

    private MarketTemplates() {
    }
}
