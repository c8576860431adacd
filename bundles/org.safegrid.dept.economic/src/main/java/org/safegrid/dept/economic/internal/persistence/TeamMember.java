package org.safegrid.dept.economic.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Embeddable;

/** A row of {@code SG_ECO_TEAM_MEMBER}, kept in the team's order. */
@Embeddable
public class TeamMember {

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "SPECIALTY", nullable = false, length = 50)
    private String specialty;

    @Column(name = "PHONE", length = 30)
    private String phone;

    public TeamMember() {
    }

    public TeamMember(String name, String specialty, String phone) {
        this.name = name;
        this.specialty = specialty;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getPhone() {
        return phone;
    }
}
