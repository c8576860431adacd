package org.safegrid.dept.culture.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.safegrid.dept.culture.internal.service.Reminders;

/** {@link Reminders} in a map, with the same rule as the store. */
public class FakeReminders implements Reminders {

    public final Map<String, LocalDate> last = new HashMap<>();

    @Override
    public boolean claim(String code, long subjectId, LocalDate today, int quietDays) {
        String key = code + "/" + subjectId;
        LocalDate before = last.get(key);
        if (before != null && before.plusDays(quietDays).isAfter(today)) {
            return false;
        }
        last.put(key, today);
        return true;
    }
}
