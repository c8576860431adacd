package org.safegrid.inbox.internal.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.safegrid.api.module.LocalizedText;
import org.safegrid.api.supervision.Alert;
import org.safegrid.api.supervision.SupervisionEvent;
import org.safegrid.api.supervision.SupervisionRule;

/** A hand-written rule: listens to the given topics, remembers the events it saw and answers what it is told. */
public final class FakeRule implements SupervisionRule {

    public final List<SupervisionEvent> seen = new ArrayList<>();
    private final Set<String> topics;
    private final Function<SupervisionEvent, List<Alert>> answer;

    public FakeRule(Set<String> topics, Function<SupervisionEvent, List<Alert>> answer) {
        this.topics = topics;
        this.answer = answer;
    }

    /** A rule raising one INFO alert with this code to these roles for every event it sees. */
    public static FakeRule raising(String code, Set<String> topics, String... roles) {
        return new FakeRule(topics, event -> List.of(alert(code, roles)));
    }

    public static Alert alert(String code, String... roles) {
        return new Alert(code, Alert.Level.INFO, LocalizedText.of("标题 " + code, "Title " + code),
                LocalizedText.of("内容 " + code, "Message " + code), Set.of(roles), "#/enterprises/1");
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public List<Alert> evaluate(SupervisionEvent event) {
        seen.add(event);
        return answer.apply(event);
    }
}
