package org.safegrid.dept.emergency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safegrid.api.module.DepartmentDescriptor;
import org.safegrid.api.module.MenuEntry;

class EmergencyDepartmentTest {

    @Test
    void descriptor() {
        DepartmentDescriptor d = new EmergencyDepartment().descriptor();
        assertEquals("emergency", d.id());
        assertEquals("应急办", d.name().zh());
        assertEquals("Emergency Management Office", d.name().en());
        assertEquals(10, d.order());
        assertEquals("web", d.uiResourceRoot());
        assertEquals("index.js", d.uiModule());
        assertEquals(List.of("dashboard", "duty-log", "roster"), d.menu().stream().map(MenuEntry::route).toList());
        assertEquals(List.of("emergency:view", "emergency:view", "emergency:view"),
                d.menu().stream().map(MenuEntry::permission).toList());
        assertEquals("部门总览", d.menu().get(0).label().zh());
        assertEquals("Dashboard", d.menu().get(0).label().en());
        assertEquals("值班日志", d.menu().get(1).label().zh());
        assertEquals("Duty roster", d.menu().get(2).label().en());
    }

    @Test
    void clockZoneFallsBackOnNonsense() {
        assertEquals(ZoneId.of("Asia/Urumqi"), DutyClock.zone(" Asia/Urumqi "));
        assertEquals(ZoneId.of("Asia/Shanghai"), DutyClock.zone("Mars/Olympus_Mons"));
        assertEquals(ZoneId.of("Asia/Shanghai"), DutyClock.zone(null));
    }
}
