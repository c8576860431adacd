package org.safegrid.itests.bench;

import java.util.List;

/**
 * The templates administrators and departments wrote in SafeGrid, so that every enterprise owes some self-inspection:
 * a daily, weekly or monthly checklist per department's trades, a weekly one for high fire risk and a town-wide
 * monthly one. Each item: code, text, English text, category, legal basis, severity hint.
 */
final class CustomTemplates {

    record Definition(String code, String name, String nameEn, String cadence, List<String> sectors,
      List<String> flags, String department, List<String[]> items) {
    }

    private CustomTemplates() {
    }

    static final List<Definition> ALL = List.of(
      new Definition("planning-construction-daily", "建筑工地每日安全检查", "Construction site daily check", "DAILY",
        List.of("construction-site"), List.of(), "planning", List.of(
          item("scaffold", "脚手架搭设规范，连墙件、剪刀撑齐全", "Scaffolds are braced and tied", "EQUIPMENT",
            "《建设工程安全生产管理条例》第二十八条", "MAJOR"),
          item("edge-protection", "临边、洞口防护到位", "Edges and openings are guarded", "ENVIRONMENT",
            "JGJ 80《建筑施工高处作业安全技术规范》", "GENERAL"),
          item("crane-check", "塔吊、施工升降机每日检查记录完整", "Cranes and hoists are checked daily", "EQUIPMENT",
            "《特种设备安全法》第三十九条", "MAJOR"),
          item("ppe", "作业人员正确佩戴安全帽、安全带", "Workers wear helmets and harnesses", "PEOPLE",
            "《安全生产法》第四十五条", "GENERAL"),
          item("temp-power", "临时用电三级配电、两级保护", "Temporary power has three-level distribution", "PROCESS",
            "JGJ 46《施工现场临时用电安全技术规范》", "GENERAL"))),
      new Definition("citymgmt-catering-gas-daily", "餐饮场所燃气安全每日检查", "Catering gas daily check", "DAILY",
        List.of("catering"), List.of(), "citymgmt", List.of(
          item("hoses", "燃气软管无老化、无破损，长度不超过2米", "Gas hoses are sound and at most 2 m", "EQUIPMENT",
            "《城镇燃气管理条例》第二十八条", "GENERAL"),
          item("gas-alarm", "燃气泄漏报警器安装并有效", "A gas leak alarm is fitted and works", "EQUIPMENT",
            "GB 50028《城镇燃气设计规范》", "MAJOR"),
          item("cylinders", "液化气钢瓶存放不超过规定数量，远离火源", "LPG cylinders are few and away from flames",
            "ENVIRONMENT", "《消防法》第二十八条", "GENERAL"),
          item("staff-training", "员工会使用灭火器、会关闭燃气阀门", "Staff can use extinguishers and shut the gas",
            "PEOPLE", "《安全生产法》第二十八条", "GENERAL"))),
      new Definition("economic-factory-daily", "工业企业每日隐患排查", "Factory daily hazard check", "DAILY",
        List.of("factory", "gas-company"), List.of(), "economic", List.of(
          item("machine-guards", "设备防护罩、急停装置完好", "Machine guards and emergency stops are intact",
            "EQUIPMENT", "GB 5083《生产设备安全卫生设计总则》", "GENERAL"),
          item("dust", "粉尘作业场所清扫到位，除尘设施运行", "Dust is cleaned and extraction runs", "ENVIRONMENT",
            "《工贸企业粉尘防爆安全规定》第十五条", "MAJOR"),
          item("electrics", "电气线路无私拉乱接", "No improvised wiring", "EQUIPMENT", "GB 50055《通用用电设备配电设计规范》",
            "GENERAL"),
          item("shift-record", "交接班及隐患排查记录完整", "Shift handover and checks are recorded", "MANAGEMENT",
            "《安全生产法》第四十一条", "GENERAL"))),
      new Definition("emergency-industry-weekly", "工贸及人员密集场所每周检查", "Industry and crowded places weekly check",
        "WEEKLY", List.of("crowded-place", "industry-trade"), List.of(), "emergency", List.of(
          item("exits", "安全出口、疏散通道畅通", "Exits and escape routes are clear", "ENVIRONMENT", "《消防法》第二十八条",
            "MAJOR"),
          item("extinguishers", "灭火器配置齐全并在有效期内", "Extinguishers are complete and in date", "EQUIPMENT",
            "《消防法》第十六条", "GENERAL"),
          item("training", "本周开展安全教育并有记录", "Safety training held and recorded this week", "PEOPLE",
            "《安全生产法》第二十八条", "GENERAL"),
          item("storage", "物品堆放整齐，不占用通道", "Goods are stacked and keep aisles free", "ENVIRONMENT",
            "GB 2894《安全标志及其使用导则》", "GENERAL"),
          item("plan", "应急预案张贴公示", "The emergency plan is posted", "MANAGEMENT", "《生产安全事故应急条例》第五条",
            "GENERAL"))),
      new Definition("economic-market-weekly", "市场及商业综合体每周检查", "Markets and complexes weekly check", "WEEKLY",
        List.of("commercial-complex", "specialised-market"), List.of(), "economic", List.of(
          item("sprinklers", "自动喷水灭火系统、消火栓完好", "Sprinklers and hydrants work", "EQUIPMENT",
            "《消防法》第十六条", "MAJOR"),
          item("evacuation", "疏散指示标志、应急照明有效", "Exit signs and emergency lights work", "EQUIPMENT",
            "GB 51309《消防应急照明和疏散指示系统技术标准》", "GENERAL"),
          item("vendors", "商户用电、用气符合规定", "Vendors use power and gas safely", "PROCESS", "《消防法》第二十七条",
            "GENERAL"))),
      new Definition("culture-venue-weekly", "文化场所及学校周边每周检查", "Venues and schools weekly check", "WEEKLY",
        List.of("entertainment-venue", "large-event", "scenic-spot", "school-surroundings"), List.of(), "culture",
        List.of(item("capacity", "场所人数不超过核定容量", "Occupancy is within the approved limit", "MANAGEMENT",
          "《大型群众性活动安全管理条例》第九条", "MAJOR"),
          item("exits", "安全出口畅通，疏散图张贴", "Exits are clear and maps posted", "ENVIRONMENT", "《消防法》第二十八条",
            "GENERAL"),
          item("staff", "安保人员在岗", "Security staff are on duty", "PEOPLE", "《大型群众性活动安全管理条例》第七条",
            "GENERAL"),
          item("decor", "装修材料符合防火要求", "Decoration materials are fire-rated", "EQUIPMENT",
            "GB 50222《建筑内部装修设计防火规范》", "GENERAL"))),
      new Definition("citymgmt-street-weekly", "户外广告及市政设施每周巡查", "Billboards and street facilities weekly",
        "WEEKLY", List.of("municipal-facility", "outdoor-billboard", "street-stall"), List.of(), "citymgmt", List.of(
          item("fixings", "广告牌、招牌固定牢固，无锈蚀", "Boards are firmly fixed and not rusted", "EQUIPMENT",
            "《城市市容和环境卫生管理条例》第十一条", "MAJOR"),
          item("stall-gas", "摊点不违规使用液化气", "Stalls do not misuse LPG", "PROCESS", "《城镇燃气管理条例》第二十八条",
            "GENERAL"),
          item("covers", "井盖、护栏完好", "Manhole covers and railings are intact", "ENVIRONMENT",
            "《城市道路管理条例》第二十五条", "GENERAL"))),
      new Definition("emergency-fire-weekly", "火灾高危单位每周防火检查", "High fire risk weekly fire check", "WEEKLY",
        List.of(), List.of("HIGH_FIRE_RISK"), "emergency", List.of(
          item("fire-control-room", "消防控制室双人值班", "The fire control room is staffed by two", "PEOPLE",
            "GB 25506《消防控制室通用技术要求》", "MAJOR"),
          item("fire-doors", "常闭式防火门处于关闭状态", "Fire doors are kept closed", "EQUIPMENT", "《消防法》第二十八条",
            "GENERAL"),
          item("patrol", "防火巡查记录完整", "Fire patrols are recorded", "MANAGEMENT", "《机关、团体、企业、事业单位消防安全管理规定》第二十五条",
            "GENERAL"))),
      new Definition("planning-housing-monthly", "房屋建筑每月安全排查", "Buildings monthly safety check", "MONTHLY",
        List.of("housing", "property-estate", "self-built-house"), List.of(), "planning", List.of(
          item("cracks", "承重结构无明显裂缝、变形", "Load-bearing structure shows no cracks", "EQUIPMENT",
            "《城市危险房屋管理规定》第八条", "MAJOR"),
          item("use-change", "未擅自改变房屋用途", "The use was not changed without approval", "MANAGEMENT",
            "《建设工程质量管理条例》第十五条", "GENERAL"),
          item("corridors", "楼道无堆放杂物、无电动车充电", "No clutter or e-bike charging in stairwells", "ENVIRONMENT",
            "《高层民用建筑消防安全管理规定》第三十七条", "GENERAL"))),
      new Definition("agriculture-monthly", "农业及水利设施每月检查", "Farms and water works monthly check", "MONTHLY",
        List.of("agricultural-enterprise", "farm-machinery", "forest", "water-works"), List.of(), "agriculture",
        List.of(item("machinery", "农机具年检合格，驾驶人持证", "Farm machines are inspected, drivers licensed",
          "EQUIPMENT", "《农业机械安全监督管理条例》第二十二条", "GENERAL"),
          item("dam", "水库大坝无渗漏、溢洪道畅通", "Dams do not leak, spillways are clear", "ENVIRONMENT",
            "《水库大坝安全管理条例》第十九条", "MAJOR"),
          item("fire-watch", "林区防火巡护到位", "Forest fire patrols are kept", "MANAGEMENT", "《森林防火条例》第二十条",
            "GENERAL"),
          item("pesticides", "农药专柜存放、专人管理", "Pesticides are locked and managed", "PROCESS",
            "《农药管理条例》第三十七条", "GENERAL"))),
      new Definition("emergency-general-monthly", "生产经营单位每月安全自查", "Monthly safety self-check", "MONTHLY",
        List.of(), List.of(), "emergency", List.of(
          item("responsibility", "安全生产责任制落实到岗", "Safety responsibilities are assigned to every post",
            "MANAGEMENT", "《安全生产法》第二十二条", "GENERAL"),
          item("hazard-ledger", "隐患排查治理台账完整", "The hazard ledger is complete", "MANAGEMENT",
            "《安全生产法》第四十一条", "GENERAL"),
          item("fire-basics", "消防设施器材完好有效", "Fire equipment works", "EQUIPMENT", "《消防法》第十六条",
            "GENERAL"))));

    private static String[] item(String code, String text, String textEn, String category, String basis,
      String severity) {
        return new String[] {code, text, textEn, category, basis, severity};
    }
}
