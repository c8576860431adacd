package org.safegrid.itests.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The town's villages and communities (村/社区): the registry ships none, each town enters its own. */
final class Villages {

    private static final String[][] ALL = {{"baishiyi", "白市驿社区"}, {"zhengjie", "正街社区"}, {"xinglong", "兴隆社区"},
        {"gaofeng", "高峰村"}, {"huilong", "回龙村"}, {"qinglong", "青龙村"}, {"shuangfeng", "双凤村"}, {"daping", "大坪村"},
        {"tianba", "田坝村"}, {"jinfeng", "金凤村"}, {"longquan", "龙泉村"}, {"shiban", "石板村"}, {"hepan", "河畔村"},
        {"songlin", "松林村"}, {"taoyuan", "桃源村"}, {"baihe", "白鹤村"}, {"xinqiao", "新桥村"}, {"fuxing", "复兴村"},
        {"lianhua", "莲花村"}, {"huaxi", "花溪村"}};

    private Villages() {
    }

    record Village(String code, String name) {
    }

    static List<Village> write(Db db, Sink sink, int count) throws SQLException {
        if (count > ALL.length) {
            throw new IllegalArgumentException("at most " + ALL.length + " villages");
        }
        Batch insert = sink.insert("SG_ENT_VILLAGE", "CODE", "NAME", "ACTIVE");
        List<Village> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Village v = new Village(ALL[i][0], ALL[i][1]);
            if (db.single("SELECT COUNT(*) FROM SG_ENT_VILLAGE WHERE CODE = '" + v.code() + "'") == 0) {
                insert.add(v.code(), v.name(), true);
            }
            result.add(v);
        }
        return result;
    }
}
