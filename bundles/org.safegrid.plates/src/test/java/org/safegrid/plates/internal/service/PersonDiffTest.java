package org.safegrid.plates.internal.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.service.PersonDiff.Change;

class PersonDiffTest {

    static PlatePerson p(long id, String role, String name, String phone, String post) {
        return new PlatePerson(id, role, name, "主任", phone, null, post);
    }

    static final PlatePerson REGULATOR = p(1, "regulator", "王监管", "13800000001", null);
    static final PlatePerson HEAD = p(2, "enterprise-head", "张总", "13800000002", null);
    static final PlatePerson TANKS = p(3, "post-lead", "李岗", "13800000003", "储罐区");
    static final PlatePerson PUMPS = p(4, "post-lead", "赵岗", "13800000004", "加油区");

    @Test
    void theSameListChangesNothing() {
        PersonDiff.Result diff = PersonDiff.diff(List.of(REGULATOR, HEAD, TANKS),
                List.of(p(0, "regulator", "王监管", "13800000001", null), p(0, "enterprise-head", "张总",
                        "13800000002", null), p(0, "post-lead", "李岗", "13800000003", "储罐区")));
        assertFalse(diff.changed());
        assertEquals(Map.of(0, REGULATOR, 1, HEAD, 2, TANKS), diff.matched());
    }

    @Test
    void addedAndRemoved() {
        PlatePerson newcomer = p(0, "town-official", "刘镇长", "13800000009", null);
        PersonDiff.Result diff = PersonDiff.diff(List.of(REGULATOR, HEAD), List.of(REGULATOR, newcomer));
        assertEquals(List.of(HEAD), diff.removed());
        assertEquals(List.of(new Change("enterprise-head", 2, -1, "张总", "person", "张总", null),
                new Change("town-official", 0, 1, "刘镇长", "person", null, "刘镇长")), diff.changes());
        assertTrue(diff.changed());
    }

    @Test
    void aSingleRoleWithAnotherNameIsTheSamePersonChanged() {
        PersonDiff.Result diff = PersonDiff.diff(List.of(REGULATOR, HEAD),
                List.of(p(0, "regulator", "陈监管", "13900000001", null), HEAD));
        assertEquals(List.of(), diff.removed());
        assertEquals(REGULATOR, diff.matched().get(0));
        assertEquals(List.of(new Change("regulator", 1, 0, "王监管", "name", "王监管", "陈监管"),
                new Change("regulator", 1, 0, "王监管", "phone", "13800000001", "13900000001")), diff.changes());
    }

    @Test
    void everyFieldIsCompared() {
        PlatePerson changed = new PlatePerson(0, "post-lead", "李岗", "班长", "13800000003", "li.gang", "储罐区（东）");
        PersonDiff.Result diff = PersonDiff.diff(List.of(TANKS), List.of(changed));
        assertEquals(List.of("position", "username", "post"),
                diff.changes().stream().map(Change::field).toList());
        assertEquals(new Change("post-lead", 3, 0, "李岗", "username", null, "li.gang"), diff.changes().get(1));
    }

    @Test
    void postLeadsAreMatchedByNameThenByPost() {
        PlatePerson pumpsNewPerson = p(0, "post-lead", "孙岗", "13800000005", "加油区");
        PlatePerson tanksMoved = p(0, "post-lead", "李岗", "13800000003", "卸油区");
        PersonDiff.Result diff = PersonDiff.diff(List.of(TANKS, PUMPS), List.of(pumpsNewPerson, tanksMoved));
        assertEquals(PUMPS, diff.matched().get(0), "same post");
        assertEquals(TANKS, diff.matched().get(1), "same name");
        assertEquals(List.of(new Change("post-lead", 4, 0, "赵岗", "name", "赵岗", "孙岗"),
                new Change("post-lead", 4, 0, "赵岗", "phone", "13800000004", "13800000005"),
                new Change("post-lead", 3, 1, "李岗", "post", "储罐区", "卸油区")), diff.changes());
        assertTrue(diff.reordered());
    }

    @Test
    void severalUnmatchedPostLeadsAreRemovedAndAdded() {
        PlatePerson a = p(0, "post-lead", "甲", "13800000011", "一");
        PlatePerson b = p(0, "post-lead", "乙", "13800000012", "二");
        PersonDiff.Result diff = PersonDiff.diff(List.of(TANKS, PUMPS), List.of(a, b));
        assertEquals(List.of(TANKS, PUMPS), diff.removed());
        assertEquals(4, diff.changes().size());
        assertTrue(diff.matched().isEmpty());
    }

    @Test
    void anIdFromTheClientWinsOverTheName() {
        // two post leads swap names: with ids, each keeps their identity and shows a change of name
        PersonDiff.Result diff = PersonDiff.diff(List.of(TANKS, PUMPS),
                List.of(p(3, "post-lead", "赵岗", "13800000003", "储罐区"),
                        p(4, "post-lead", "李岗", "13800000004", "加油区")));
        assertEquals(TANKS, diff.matched().get(0));
        assertEquals(PUMPS, diff.matched().get(1));
        assertEquals(List.of("name", "name"), diff.changes().stream().map(Change::field).toList());
    }

    @Test
    void anIdOfAnotherRoleIsNotTheSamePerson() {
        PersonDiff.Result diff = PersonDiff.diff(List.of(REGULATOR),
                List.of(p(1, "town-official", "王监管", "13800000001", null)));
        assertEquals(List.of(REGULATOR), diff.removed());
        assertEquals(List.of("person", "person"), diff.changes().stream().map(Change::field).toList());
    }

    @Test
    void aNewOrderAloneIsAChangeWithoutHistory() {
        PersonDiff.Result diff = PersonDiff.diff(List.of(REGULATOR, HEAD), List.of(HEAD, REGULATOR));
        assertTrue(diff.changes().isEmpty());
        assertTrue(diff.reordered());
        assertTrue(diff.changed());
    }
}
