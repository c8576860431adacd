package org.safegrid.plates.internal.persistence;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

import org.safegrid.plates.api.PlatePerson;

/** A person named on a plate, in {@code SG_PLT_PERSON}; the enterprise is kept as its id only. */
@Entity(name = "PltPerson")
@Table(name = "SG_PLT_PERSON")
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "ROLE_CODE", nullable = false, length = 40)
    private String role;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "POSITION", length = 50)
    private String position;

    @Column(name = "PHONE", nullable = false, length = 30)
    private String phone;

    @Column(name = "USERNAME", length = 64)
    private String username;

    @Column(name = "POST", length = 100)
    private String post;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    protected PersonEntity() {
    }

    public PersonEntity(long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    /** Copies the fields of a person; the id is ignored. */
    public void apply(PlatePerson person, int order) {
        this.role = person.role();
        this.name = person.name();
        this.position = person.position();
        this.phone = person.phone();
        this.username = person.username();
        this.post = person.post();
        this.sortOrder = order;
    }

    public PlatePerson toPerson() {
        return new PlatePerson(id, role, name, position, phone, username, post);
    }

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public String getRole() {
        return role;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
