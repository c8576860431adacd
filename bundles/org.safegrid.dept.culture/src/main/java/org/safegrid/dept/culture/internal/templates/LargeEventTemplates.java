package org.safegrid.dept.culture.internal.templates;

import static org.safegrid.api.checklist.ItemCategory.ENVIRONMENT;
import static org.safegrid.api.checklist.ItemCategory.EQUIPMENT;
import static org.safegrid.api.checklist.ItemCategory.MANAGEMENT;
import static org.safegrid.api.checklist.ItemCategory.PEOPLE;
import static org.safegrid.api.checklist.ItemCategory.PROCESS;
import static org.safegrid.api.checklist.SeverityHint.GENERAL;
import static org.safegrid.api.checklist.SeverityHint.MAJOR;
import static org.safegrid.dept.culture.internal.templates.Items.FIRE_LAW;
import static org.safegrid.dept.culture.internal.templates.Items.item;

import java.util.List;
import java.util.Set;

import org.safegrid.api.checklist.Cadence;
import org.safegrid.api.checklist.TemplateDefinition;
import org.safegrid.api.module.LocalizedText;

/**
 * Organisers of large events (the {@code large-event} sector): a weekly self-check while they prepare events, after
 * the Regulations on the Safety of Large-scale Mass Activities (国务院令第505号).
 */
public final class LargeEventTemplates {

    static final String REGULATIONS = "《大型群众性活动安全管理条例》";

    public static final TemplateDefinition WEEKLY = new TemplateDefinition("culture-large-event-weekly",
            LocalizedText.of("大型活动承办单位每周安全检查清单", "Large-event organiser weekly safety check"),
            Cadence.WEEKLY, Set.of("large-event"), Set.of(),
            List.of(item("safety-plan", "每场活动制定安全工作方案，含人员数量、安保分工、消防措施、疏导和应急救援预案",
                    "Each event has a safety plan: numbers, security tasks, fire measures, crowd guidance and "
                            + "rescue plan",
                    MANAGEMENT, REGULATIONS + "第六条", MAJOR),
                    item("tickets", "按核准的场所容纳人数和划定区域发放或出售门票，不超员",
                            "Tickets are issued by the approved capacity and areas; no overcrowding", PROCESS,
                            REGULATIONS + "第七条", MAJOR),
                    item("temporary-structures", "临时搭建的舞台、看台、灯架等设施经安全检查合格",
                            "Temporary stages, stands and lighting rigs passed their safety check", EQUIPMENT,
                            REGULATIONS + "第七条", MAJOR),
                    item("security-staff", "配备与活动规模相适应的安保人员并明确岗位", "Security staff fit the event's "
                            + "size and have their posts", PEOPLE, REGULATIONS + "第七条", GENERAL),
                    item("exits-routes", "场地疏散通道、安全出口、消防车通道畅通，应急广播、应急照明、疏散指示标志完好",
                            "Escape routes, exits and fire lanes are clear; emergency sound, lighting and exit signs "
                                    + "work",
                            ENVIRONMENT, REGULATIONS + "第八条；" + FIRE_LAW + "第二十条", MAJOR),
                    item("fire-equipment", "消防设施器材配置齐全、完好有效", "Fire equipment is complete and works",
                            EQUIPMENT, REGULATIONS + "第八条；" + FIRE_LAW + "第二十条", GENERAL),
                    item("medical-rescue", "落实医疗救护、灭火、应急疏散等应急救援措施并组织演练",
                            "Medical, fire-fighting and evacuation measures are in place and drilled", MANAGEMENT,
                            REGULATIONS + "第七条；" + FIRE_LAW + "第二十条", GENERAL),
                    item("expert-assessment", "活动前已开展专家安全评估，评估意见已落实",
                            "Experts assessed the event's safety beforehand and their advice is carried out",
                            MANAGEMENT, REGULATIONS + "第七条", MAJOR)));

    private LargeEventTemplates() {
    }
}
