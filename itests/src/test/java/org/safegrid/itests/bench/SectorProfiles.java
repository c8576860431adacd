package org.safegrid.itests.bench;

import java.util.List;
import java.util.Map;

/**
 * What the generator knows about each seeded sector: how common it is in a town of 10,000 enterprises, how its
 * enterprises are named, and whether it is a high-risk trade. A sector added later gets the default profile.
 */
final class SectorProfiles {

    record Profile(double weight, List<String> suffixes, boolean highRisk) {
    }

    private static final Profile DEFAULT = new Profile(1, List.of("有限公司", "经营部"), false);

    private static final Map<String, Profile> PROFILES = Map.ofEntries(
      Map.entry("hazardous-chemicals", new Profile(2, List.of("化工有限公司", "化学品经营部", "化工原料有限公司"), true)),
      Map.entry("fuel-station", new Profile(2.2, List.of("加油站", "石油加油站"), true)),
      Map.entry("gas-filling-station", new Profile(1, List.of("天然气加气站", "加气站"), true)),
      Map.entry("industry-trade", new Profile(10, List.of("商贸有限公司", "五金制品厂", "建材经营部", "物流有限公司"), false)),
      Map.entry("crowded-place", new Profile(5, List.of("超市", "宾馆", "大药房", "洗浴中心"), true)),
      Map.entry("construction-site", new Profile(5, List.of("建筑工程有限公司", "建设工程有限公司", "市政工程有限公司"), true)),
      Map.entry("housing", new Profile(4, List.of("置业有限公司", "房地产开发有限公司"), false)),
      Map.entry("self-built-house", new Profile(8, List.of("出租屋", "自建房经营户"), false)),
      Map.entry("property-estate", new Profile(3, List.of("物业管理有限公司", "物业服务有限公司"), false)),
      Map.entry("factory", new Profile(12, List.of("机械厂", "机械制造有限公司", "塑料制品厂", "食品有限公司", "汽车配件有限公司",
        "建材厂", "家具厂", "包装制品有限公司"), false)),
      Map.entry("specialised-market", new Profile(2, List.of("建材市场", "农贸市场", "汽配城"), true)),
      Map.entry("commercial-complex", new Profile(1, List.of("商业广场", "购物中心"), true)),
      Map.entry("gas-company", new Profile(1, List.of("燃气有限公司", "液化气供应站"), true)),
      Map.entry("scenic-spot", new Profile(1, List.of("生态农庄", "旅游景区", "乡村旅游度假区"), false)),
      Map.entry("entertainment-venue", new Profile(3, List.of("KTV", "网吧", "娱乐会所", "电影院"), true)),
      Map.entry("school-surroundings", new Profile(2, List.of("幼儿园", "培训学校", "托管中心"), false)),
      Map.entry("large-event", new Profile(0.5, List.of("文化节组委会", "农民丰收节活动"), false)),
      Map.entry("farm-machinery", new Profile(3, List.of("农机专业合作社", "农机服务队"), false)),
      Map.entry("water-works", new Profile(1, List.of("水库管理站", "山坪塘管护站"), true)),
      Map.entry("forest", new Profile(1, List.of("林场", "林业专业合作社"), false)),
      Map.entry("agricultural-enterprise", new Profile(5, List.of("农业开发有限公司", "种植专业合作社", "养殖场"), false)),
      Map.entry("catering", new Profile(18, List.of("餐馆", "火锅店", "小面馆", "酒楼", "烧烤店"), false)),
      Map.entry("outdoor-billboard", new Profile(4, List.of("广告有限公司", "广告传媒有限公司"), false)),
      Map.entry("street-stall", new Profile(6, List.of("便民摊点", "水果摊", "小吃摊"), false)),
      Map.entry("municipal-facility", new Profile(2, List.of("污水处理站", "市政设施管理所"), false)));

    private SectorProfiles() {
    }

    static Profile of(String sector) {
        return PROFILES.getOrDefault(sector, DEFAULT);
    }
}
