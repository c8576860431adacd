package org.safegrid.dept.planning.internal.checklists;

import static org.safegrid.dept.planning.internal.checklists.Items.CONSTRUCTION_REGULATIONS;
import static org.safegrid.dept.planning.internal.checklists.Items.DANGEROUS_WORKS;
import static org.safegrid.dept.planning.internal.checklists.Items.TOWN_NOTICE;
import static org.safegrid.dept.planning.internal.checklists.Items.WORK_SAFETY_LAW;
import static org.safegrid.dept.planning.internal.checklists.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;
import org.safegrid.dept.planning.internal.ConstructionSitePlateRoles;

/** The weekly self-inspection of a construction site (建筑施工工地每周隐患排查). */
public final class ConstructionSiteWeekly {

    public static final String CODE = "planning-construction-site-weekly";

    /** Items whose failure twice in a row the office wants to hear of: the work that kills on sites. */
    public static final Set<String> HIGH_RISK_ITEMS = Set.of("scaffolding", "edge-protection", "lifting-machinery",
            "dangerous-works", "temporary-power");

    static final TemplateDefinition TEMPLATE = new TemplateDefinition(CODE,
            LocalizedText.of("建筑施工工地每周隐患排查清单", "Construction site weekly hazard checklist"), Cadence.WEEKLY,
            Set.of(ConstructionSitePlateRoles.SECTOR), Set.of(),
            List.of(item("site-managers", "项目负责人、专职安全生产管理人员按规定配备并在岗履职",
                    "The project manager and full-time safety officers are appointed and on site",
                    ItemCategory.PEOPLE, CONSTRUCTION_REGULATIONS + "第二十一条、第二十三条", SeverityHint.GENERAL),
                    item("special-operators", "塔吊司机、信号工、架子工、电工、焊工等特种作业人员持证上岗",
                            "Crane operators, signallers, scaffolders, electricians and welders hold their certificates",
                            ItemCategory.PEOPLE, CONSTRUCTION_REGULATIONS + "第二十五条；" + WORK_SAFETY_LAW + "第三十条",
                            SeverityHint.MAJOR),
                    item("training-ppe", "作业人员进场接受安全教育，正确佩戴安全帽、系挂安全带",
                            "Workers had their site induction and wear helmets and harnesses properly",
                            ItemCategory.PEOPLE, CONSTRUCTION_REGULATIONS + "第三十二条、第三十七条", SeverityHint.GENERAL),
                    item("scaffolding", "脚手架按方案搭设并经验收挂牌，连墙件、剪刀撑、脚手板、防护栏杆齐全",
                            "Scaffolds are built to plan and signed off; ties, bracing, boards and guard rails complete",
                            ItemCategory.EQUIPMENT, "JGJ 130《建筑施工扣件式钢管脚手架安全技术规范》", SeverityHint.MAJOR),
                    item("lifting-machinery", "塔式起重机、施工升降机经检验检测和验收合格，限位、保险装置有效",
                            "Tower cranes and hoists are inspected and accepted; limiters and safety devices work",
                            ItemCategory.EQUIPMENT, CONSTRUCTION_REGULATIONS + "第三十五条", SeverityHint.MAJOR),
                    item("dangerous-works", "深基坑、高大模板等危大工程编制专项施工方案，超过一定规模的经专家论证，并按方案施工",
                            "Deep excavations, high formwork and similar works follow a special plan, reviewed by "
                                    + "experts when over the size limits",
                            ItemCategory.PROCESS, CONSTRUCTION_REGULATIONS + "第二十六条；" + DANGEROUS_WORKS,
                            SeverityHint.MAJOR),
                    item("temporary-power", "临时用电采用TN-S系统、三级配电两级保护，一机一闸一漏",
                            "Temporary power is TN-S with three-level distribution, two-level RCD protection, one "
                                    + "breaker and RCD per machine",
                            ItemCategory.PROCESS, "JGJ 46《施工现场临时用电安全技术规范》", SeverityHint.MAJOR),
                    item("edge-protection", "临边、洞口、电梯井口防护到位，高处作业按规定设置安全网",
                            "Edges, openings and lift shafts are guarded; safety nets where work is at height",
                            ItemCategory.ENVIRONMENT, "JGJ 80《建筑施工高处作业安全技术规范》", SeverityHint.MAJOR),
                    item("fire-safety", "动火作业经审批并有专人监护，消防通道畅通，灭火器材配备到位",
                            "Hot work is permitted and watched; fire lanes are clear; extinguishers are in place",
                            ItemCategory.ENVIRONMENT,
                            CONSTRUCTION_REGULATIONS + "第三十一条；GB 50720《建设工程施工现场消防安全技术规范》",
                            SeverityHint.GENERAL),
                    item("living-area", "办公区、生活区与作业区分开设置，宿舍不设在尚未竣工的建筑物内",
                            "Offices and living quarters are apart from the work area, never in unfinished buildings",
                            ItemCategory.ENVIRONMENT, CONSTRUCTION_REGULATIONS + "第二十九条", SeverityHint.GENERAL),
                    item("warning-signs", "施工现场入口、起重机械、临时用电设施、脚手架、基坑边沿等危险部位设置明显安全警示标志",
                            "Entrances, cranes, power installations, scaffolds and pit edges carry clear warning signs",
                            ItemCategory.MANAGEMENT, CONSTRUCTION_REGULATIONS + "第二十八条", SeverityHint.GENERAL),
                    item("weekly-check", "项目部本周组织安全检查，发现的隐患整改闭环并有记录",
                            "The site team ran this week's safety check and closed its findings on record",
                            ItemCategory.MANAGEMENT, WORK_SAFETY_LAW + "第四十一条", SeverityHint.GENERAL),
                    item("publicity", "工地常态化保持3条（幅）以上安全宣传标语、海报或专栏",
                            "At least three safety slogans, posters or boards are up on site",
                            ItemCategory.MANAGEMENT, TOWN_NOTICE + "（十项措施第二条）", SeverityHint.GENERAL)));

    private ConstructionSiteWeekly() {
    }
}
