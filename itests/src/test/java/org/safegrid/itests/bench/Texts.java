package org.safegrid.itests.bench;

/** The free texts of the generated records: notes, findings, measures, plans, evidence, violation kinds. */
final class Texts {

    private Texts() {
    }

    static final String[] FAIL_NOTES = {"2 具灭火器压力不足", "消防通道堆放杂物", "台账记录缺失", "作业人员未按规定佩戴防护用品",
        "警示标识缺失", "应急照明损坏", "电气线路私拉乱接", "检查记录未签字", "防护设施损坏未修复", "现场管理混乱，物品乱堆乱放",
        "安全出口指示灯不亮", "人员未经培训上岗", "设备超期未检", "报警装置失效", "燃气软管老化开裂"};

    static final String[] NA_NOTES = {"本期无此项作业", "今日未卸油", "设备停用中"};

    static final String[] FINDINGS = {"安全出口堵塞", "灭火器过期", "电气线路老化、私拉乱接", "液化气钢瓶与明火距离不足", "特种设备未定期检验",
        "员工未经安全培训上岗", "危化品储存超量", "消防设施损坏", "脚手架搭设不规范", "临边防护缺失", "燃气报警器失效", "应急预案未演练",
        "隐患排查记录不全", "安全警示标志缺失", "动火作业未审批"};

    static final String[] MEASURES = {"立即清理通道并设置警示标识，安排专人每日巡查", "更换老化设备，委托有资质单位检测", "停产整顿，完成整改后申请复查",
        "制定专项整改方案，分阶段实施并报监管部门备案", "增设防护设施，组织全员培训"};

    static final String[] CONTINGENCY = {"发生险情立即停止作业、疏散人员并报警", "启动企业应急预案，安排专人值守", "配备应急物资，与消防队建立联动机制"};

    static final String[] EVIDENCE = {"整改前后照片已上传", "更换记录及检测报告已上传", "整改报告及验收照片", "培训签到表及现场照片"};

    static final String[] REJECT_NOTES = {"整改不到位，请重新整改", "缺少整改后照片", "现场复核仍存在问题"};

    static final String[] VIOLATIONS = {"fire-exit-blocked", "extinguisher-expired", "no-safety-training", "illegal-hot-work",
        "gas-hose-aged", "unlicensed-operation", "hazard-not-rectified", "illegal-storage", "missing-warning-signs",
        "electrical-wiring"};

    static final String[] VIOLATION_TEXTS = {"安全出口、疏散通道堵塞", "消防器材过期失效", "从业人员未经安全生产教育培训",
        "未经审批进行动火作业", "燃气管道软管老化未更换", "特种作业人员无证上岗", "重大事故隐患未按期整改", "违规储存易燃易爆物品",
        "未设置安全警示标志", "电气线路敷设不规范"};

    static final String[] LEGAL_BASES = {"《安全生产法》第九十七条", "《安全生产法》第九十九条", "《安全生产法》第一百零二条",
        "《消防法》第六十条", "《城镇燃气管理条例》第四十九条", "《危险化学品安全管理条例》第八十条"};

    static final String DAILY_BASIS = "《安全生产法》第一百一十二条";

    static final String[] MEASURE_NOTES = {"拒不整改", "逾期仍未整改", "整改措施未落实"};
}
