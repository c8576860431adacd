package org.safegrid.dept.planning.internal.checklists;

import org.safegrid.api.checklist.ItemCategory;
import org.safegrid.api.checklist.ItemDefinition;
import org.safegrid.api.checklist.SeverityHint;
import org.safegrid.api.module.LocalizedText;

/** Shorthand for checklist items and the legal texts they cite. */
final class Items {

    static final String WORK_SAFETY_LAW = "《安全生产法》";
    static final String FIRE_LAW = "《消防法》";
    static final String CONSTRUCTION_REGULATIONS = "《建设工程安全生产管理条例》";
    static final String DANGEROUS_WORKS = "《危险性较大的分部分项工程安全管理规定》（住房和城乡建设部令第37号）";
    static final String SELF_BUILT_CAMPAIGN = "《全国自建房安全专项整治工作方案》（国办发明电〔2022〕10号）";
    static final String TOWN_NOTICE = "白市驿府发〔2021〕78号";

    private Items() {
    }

    static ItemDefinition item(String code, String zh, String en, ItemCategory category, String basis,
            SeverityHint severity) {
        return new ItemDefinition(code, LocalizedText.of(zh, en), category, basis, severity);
    }
}
