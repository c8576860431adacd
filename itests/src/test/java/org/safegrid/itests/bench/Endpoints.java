package org.safegrid.itests.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmark times: the lists, boards and counts users open every day, each as an administrator (the whole
 * town) and as a department user (the department's scope). {@code department} is the department user's one, which
 * the administrator filters on too; {@code enterpriseId} an operating fuel station of that department with daily,
 * monthly and custom checklists.
 */
final class Endpoints {

    record Call(String name, String path) {
    }

    private Endpoints() {
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    static List<Call> calls(String department, String otherDepartment, long enterpriseId, String village,
      LocalDate today, boolean inbox) {
        String e = "enterpriseId=" + enterpriseId;
        List<Call> calls = new ArrayList<>(List.of(new Call("enterprises: first page", "/api/enterprises"),
          new Call("enterprises: filtered", "/api/enterprises?village=" + village + "&risk=YELLOW&status=OPERATING"),
          new Call("enterprises: text, few hits", "/api/enterprises?text=" + encode("加油")),
          new Call("enterprises: text, many hits", "/api/enterprises?text=" + encode("有限公司")),
          new Call("hazards: board (default)", "/api/hazards"),
          new Call("hazards: overdue only", "/api/hazards?overdue=true"),
          new Call("hazards: by department", "/api/hazards?department=" + department),
          new Call("hazards: by other department", "/api/hazards?department=" + otherDepartment),
          new Call("hazards: page 200", "/api/hazards?page=200&size=20"),
          new Call("hazards: overdue first", "/api/hazards?sort=overdue"),
          new Call("hazards: stats", "/api/hazards/stats"),
          new Call("checklists: submissions of one", "/api/checklists/submissions?" + e),
          new Call("checklists: due of one", "/api/checklists/due?" + e),
          new Call("checklists: overdue, page 0", "/api/checklists/overdue"),
          new Call("checklists: overdue, 100 deep", "/api/checklists/overdue?page=5&size=100"),
          new Call("checklists: compliance 30 d", "/api/checklists/compliance?" + e),
          new Call("checklists: compliance 366 d",
            "/api/checklists/compliance?" + e + "&from=" + today.minusDays(365) + "&to=" + today),
          new Call("enforcement: cases", "/api/enforcement/cases"),
          new Call("enforcement: open cases", "/api/enforcement/cases?open=true"),
          new Call("inspections", "/api/inspections"),
          new Call("plates: incomplete", "/api/plates/incomplete")));
        if (inbox) {
            calls.add(new Call("inbox", "/api/inbox"));
            calls.add(new Call("inbox: summary", "/api/inbox/summary"));
        }
        return calls;
    }
}
