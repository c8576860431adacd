package org.safegrid.dept.agriculture.internal;

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
 * The centre's hazard checklists: farm machinery monthly, reservoirs and ponds weekly (what the flood-season patrol
 * looks at) and forest areas weekly (what the fire-season patrol looks at), over the five aspects of measure 4.
 */
@Component(property = ChecklistTemplateContributor.DEPARTMENT_PROPERTY + "=" + AgricultureDepartment.ID)
public class AgricultureChecklists implements ChecklistTemplateContributor {

    static final String MACHINERY_LAW = "《农业机械安全监督管理条例》";
    static final String DAM_LAW = "《水库大坝安全管理条例》";
    static final String FOREST_LAW = "《森林防火条例》";

    static final TemplateDefinition FARM_MACHINERY_MONTHLY = new TemplateDefinition(
            "agriculture-farm-machinery-monthly",
            LocalizedText.of("农业机械每月隐患排查清单", "Farm machinery monthly hazard checklist"), Cadence.MONTHLY,
            Set.of("farm-machinery"), Set.of(),
            List.of(item("registration", "拖拉机、联合收割机已依法登记，号牌、行驶证齐全并按期安全检验",
                    "Tractors and combines are registered, plated and safety-tested on time", MANAGEMENT,
                    MACHINERY_LAW, MAJOR),
                    item("operator-licence", "操作人员持有效的拖拉机、联合收割机驾驶证，不无证驾驶操作",
                            "Operators hold a valid tractor or combine licence", PEOPLE,
                            MACHINERY_LAW + "；《道路交通安全法》第十九条", MAJOR),
                    item("training", "操作人员经安全教育培训，熟悉机具性能和安全操作规程",
                            "Operators are trained and know the machine and its safe operating rules", PEOPLE,
                            "《安全生产法》第二十八条", GENERAL),
                    item("brakes", "制动、转向、灯光、喇叭、后视镜等安全装置齐全有效",
                            "Brakes, steering, lights, horn and mirrors are complete and work", EQUIPMENT,
                            "GB 16151.1《农业机械运行安全技术条件 第1部分：拖拉机》", MAJOR),
                    item("guards", "传动轴、皮带轮、链条等外露旋转部件防护罩完好",
                            "Guards over shafts, belts, pulleys and chains are in place", EQUIPMENT,
                            "GB 10395.1《农林机械 安全 第1部分：总则》", GENERAL),
                    item("scrapped", "未使用国家明令淘汰或已达报废条件的农业机械",
                            "No machine banned by the state or due for scrapping is used", EQUIPMENT, MACHINERY_LAW,
                            MAJOR),
                    item("no-passengers", "作业和转场时不违规载人、不超载，不酒后、疲劳操作",
                            "No passengers, no overloading, no drink or fatigue at the controls", PROCESS,
                            MACHINERY_LAW, MAJOR),
                    item("fuel-storage", "燃油远离火源存放，机库配备有效灭火器材",
                            "Fuel is stored away from fire; the shed has extinguishers",
                            ENVIRONMENT, "《消防法》第十六条", GENERAL),
                    item("warning-signs", "机具危险部位和机库设置明显的安全警示标志",
                            "Dangerous parts and the shed carry clear warning signs", ENVIRONMENT,
                            "《安全生产法》第三十五条", GENERAL),
                    item("maintenance-record", "机具维护保养和安全检查记录完整", "Maintenance and safety checks are recorded",
                            MANAGEMENT, "《安全生产法》第三十六条", GENERAL)));

    static final TemplateDefinition RESERVOIR_WEEKLY = new TemplateDefinition("agriculture-reservoir-weekly",
            LocalizedText.of("水库山坪塘每周安全检查清单（汛期重点）", "Reservoir and pond weekly safety checklist (flood season)"),
            Cadence.WEEKLY, Set.of("water-works"), Set.of(),
            List.of(item("three-persons", "行政、技术、巡查三个责任人已落实并在坝区公示",
                    "The administrative, technical and patrol persons are named and posted at the dam", MANAGEMENT,
                    "《小型水库安全管理办法》", MAJOR),
                    item("patrol-trained", "巡查人员经培训，熟悉险情识别和报告程序",
                            "Patrol staff are trained to recognise and report dangers", PEOPLE, "《小型水库安全管理办法》",
                            GENERAL),
                    item("patrol-record", "按规定频次开展巡视检查，汛期加密巡查，记录完整",
                            "Patrols run at the set frequency, more often in the flood season, and are recorded",
                            MANAGEMENT, DAM_LAW, GENERAL),
                    item("dam-body", "坝体无裂缝、塌陷、滑坡，背水坡及坝脚无渗漏、管涌",
                            "No cracks, settlement or slides; no seepage or piping on the downstream slope and toe",
                            EQUIPMENT, DAM_LAW, MAJOR),
                    item("spillway", "溢洪道畅通，无阻水建筑、拦网和堆积物", "The spillway is clear of buildings, nets and debris",
                            ENVIRONMENT, DAM_LAW + "；《防洪法》", MAJOR),
                    item("outlet", "放水设施（卧管、涵管、闸门）完好，启闭灵活",
                            "Outlet works (pipes, culverts, gates) are sound and operate",
                            EQUIPMENT, DAM_LAW, GENERAL),
                    item("water-level", "库水位不超过汛限水位，雨水情测报设施运行正常",
                            "The water level is at or below the flood-limit level; rain and level gauges work", PROCESS,
                            "《防洪法》", MAJOR),
                    item("flood-materials", "防汛抢险物料（编织袋、砂石、救生衣等）储备到位",
                            "Flood-fighting materials (sandbags, gravel, life jackets) are stocked", EQUIPMENT,
                            "《防汛条例》", GENERAL),
                    item("warning", "预警设施（广播、锣鼓、手摇报警器）可用，下游群众转移路线明确",
                            "Warning devices work and the evacuation routes downstream are known", EQUIPMENT,
                            "《防汛条例》", GENERAL),
                    item("signs", "库区设置安全警示和防溺水警示标志", "Warning and anti-drowning signs are posted around the water",
                            ENVIRONMENT, DAM_LAW, GENERAL),
                    item("plan", "防汛抢险应急预案已编制、审批并组织演练",
                            "The flood emergency plan is written, approved and drilled", MANAGEMENT, "《防洪法》",
                            GENERAL)));

    static final TemplateDefinition FOREST_FIRE_WEEKLY = new TemplateDefinition("agriculture-forest-fire-weekly",
            LocalizedText.of("林区森林防火每周检查清单（防火期重点）", "Forest fire prevention weekly checklist (fire season)"),
            Cadence.WEEKLY, Set.of("forest"), Set.of(),
            List.of(item("responsibility", "森林防火责任制落实，责任区和责任人明确",
                    "Fire prevention responsibility is assigned: areas and persons are named", MANAGEMENT,
                    FOREST_LAW, MAJOR),
                    item("rangers", "护林员在岗巡山，巡护记录完整", "Forest rangers patrol and record their rounds", PEOPLE,
                            FOREST_LAW, GENERAL),
                    item("team", "扑火队伍组建到位，接警后能及时集结", "A fire-fighting team is formed and can muster quickly",
                            PEOPLE, FOREST_LAW, GENERAL),
                    item("no-field-fire", "防火期内无野外用火（烧荒、烧秸秆、祭祀用火、野炊）",
                            "No open fire in the fire season (burning fields or straw, ritual fires, cooking)", PROCESS,
                            FOREST_LAW + "第二十五条", MAJOR),
                    item("checkpoint", "进山路口对入山人员、车辆登记检查，收缴火种",
                            "Checkpoints register people and vehicles entering and take fire sources", PROCESS,
                            FOREST_LAW, GENERAL),
                    item("signs", "进山路口和林区设置森林防火警示宣传标志", "Fire warning signs stand at entrances and in the forest",
                            ENVIRONMENT, FOREST_LAW, GENERAL),
                    item("firebreaks", "防火隔离带、林区道路清理到位，坟地、林缘可燃物已清除",
                            "Firebreaks and forest roads are cleared of fuel, also around graves and forest edges",
                            ENVIRONMENT, FOREST_LAW, GENERAL),
                    item("equipment", "扑火工具（风力灭火机、二号工具、水桶、水源）配备齐全完好",
                            "Fire-fighting tools (blowers, beaters, buckets, water) are complete and work", EQUIPMENT,
                            FOREST_LAW, MAJOR),
                    item("power-lines", "林区电力线路、生产设施无引发火灾的隐患",
                            "Power lines and works in the forest pose no fire risk", EQUIPMENT, FOREST_LAW, GENERAL),
                    item("plan", "森林火灾应急预案已制定，值班值守和火情报告渠道畅通",
                            "A forest fire plan exists; duty and fire reporting work", MANAGEMENT,
                            FOREST_LAW + "；《森林法》", GENERAL)));

    @Override
    public List<TemplateDefinition> templates() {
        return List.of(FARM_MACHINERY_MONTHLY, RESERVOIR_WEEKLY, FOREST_FIRE_WEEKLY);
    }

    private static ItemDefinition item(String code, String zh, String en, ItemCategory category, String basis,
            SeverityHint severity) {
        return new ItemDefinition(code, LocalizedText.of(zh, en), category, basis, severity);
    }
}
