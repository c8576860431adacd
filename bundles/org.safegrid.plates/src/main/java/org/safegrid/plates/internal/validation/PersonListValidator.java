package org.safegrid.plates.internal.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.safegrid.plates.api.PlatePerson;
import org.safegrid.plates.internal.dto.PersonInput;
import org.safegrid.plates.internal.dto.PlateInput;
import org.safegrid.plates.internal.roles.PlatformRoles;

/**
 * Checks the people list of a plate from a client. Every role must be one the plate may name; a role that only one
 * person may hold must not be given twice, and the same person must not appear twice in a role; a post lead names the
 * post in their charge. Failures name the entry, for example {@code persons[3].role}.
 */
public final class PersonListValidator {

    public static final int MAX_PERSONS = 200;
    public static final int ROLE_MAX = 40;
    public static final int NAME_MAX = 50;
    public static final int POSITION_MAX = 50;
    public static final int USERNAME_MAX = 64;
    public static final int POST_MAX = 100;

    /** User names as the platform's user store allows them. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    /**
     * A validated list.
     *
     * @param version the version the client read
     * @param persons the people in the given order; the id is the one the client gave, or 0
     */
    public record Result(long version, List<PlatePerson> persons) {
        public Result {
            persons = List.copyOf(persons);
        }
    }

    private PersonListValidator() {
    }

    /**
     * The validated list; throws a 422 {@code SafeGridException} listing every failing field.
     *
     * @param roles the roles the plate may name, each with whether several people may hold it
     */
    public static Result validate(PlateInput input, Map<String, Boolean> roles, String language) {
        PlateInput in = input != null ? input : new PlateInput(null, null);
        InputReader reader = new InputReader(language);
        long version = 0;
        if (in.version() == null) {
            reader.fail("version", Message.REQUIRED, null);
        } else if (in.version() < 0) {
            reader.fail("version", Message.BAD_VERSION, null);
        } else {
            version = in.version();
        }
        List<PlatePerson> persons = new ArrayList<>();
        if (in.persons() == null) {
            reader.fail("persons", Message.REQUIRED, null);
        } else if (in.persons().size() > MAX_PERSONS) {
            reader.fail("persons", Message.TOO_MANY, MAX_PERSONS);
        } else {
            for (int i = 0; i < in.persons().size(); i++) {
                persons.add(person(reader, "persons[" + i + "]", in.persons().get(i), roles));
            }
            checkRepeats(reader, persons, roles);
        }
        reader.throwIfInvalid();
        return new Result(version, persons);
    }

    private static PlatePerson person(InputReader reader, String at, PersonInput person, Map<String, Boolean> roles) {
        if (person == null) {
            return reader.fail(at, Message.REQUIRED, null);
        }
        String role = reader.line(at + ".role", person.role(), ROLE_MAX, true);
        if (role != null && !roles.containsKey(role)) {
            reader.fail(at + ".role", Message.UNKNOWN_ROLE, role);
        }
        String name = reader.line(at + ".name", person.name(), NAME_MAX, true);
        String position = reader.line(at + ".position", person.position(), POSITION_MAX, false);
        String phone = reader.phone(at + ".phone", person.phone(), true);
        String username = reader.line(at + ".username", person.username(), USERNAME_MAX, false);
        if (username != null && !reader.failed(at + ".username") && !USERNAME.matcher(username).matches()) {
            reader.fail(at + ".username", Message.BAD_USERNAME, null);
        }
        boolean postLead = PlatformRoles.POST_LEAD.equals(role);
        String post = reader.line(at + ".post", person.post(), POST_MAX, false);
        if (postLead && post == null && !reader.failed(at + ".post")) {
            reader.fail(at + ".post", Message.POST_REQUIRED, null);
        }
        long id = person.id() == null || person.id() <= 0 ? 0 : person.id();
        return new PlatePerson(id, role, name, position, phone, username, post);
    }

    /** A single role twice, the same person twice in a role, or the same id twice. */
    private static void checkRepeats(InputReader reader, List<PlatePerson> persons, Map<String, Boolean> roles) {
        Map<String, Integer> holders = new HashMap<>();
        Set<String> people = new HashSet<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < persons.size(); i++) {
            PlatePerson p = persons.get(i);
            if (p == null || p.role() == null || !roles.containsKey(p.role())) {
                continue;
            }
            String at = "persons[" + i + "]";
            if (!roles.get(p.role()) && holders.merge(p.role(), 1, Integer::sum) > 1) {
                reader.fail(at + ".role", Message.ROLE_TWICE, p.role());
            } else if (p.name() != null && !people.add(p.role() + "\u0000" + p.name() + "\u0000" + p.post())) {
                reader.fail(at + ".name", Message.PERSON_TWICE, null);
            }
            if (p.id() > 0 && !ids.add(p.id())) {
                reader.fail(at + ".id", Message.ID_TWICE, p.id());
            }
        }
    }
}
