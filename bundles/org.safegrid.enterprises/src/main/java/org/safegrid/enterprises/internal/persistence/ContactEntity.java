package org.safegrid.enterprises.internal.persistence;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/**
 * A contact of an enterprise in {@code SG_ENT_CONTACT}: the enterprise's id and the contact's place in its list. The
 * enterprise is kept as its id, not a relationship, so contacts are read in one query for a whole page (see
 * {@link ContactStore}) and nothing needs weaving.
 */
@Entity(name = "EntContact")
@Table(name = "SG_ENT_CONTACT")
@IdClass(ContactEntity.Key.class)
public class ContactEntity {

    @Id
    @Column(name = "ENTERPRISE_ID")
    private long enterpriseId;

    @Id
    @Column(name = "POSITION_NO")
    private int positionNo;

    @Column(name = "NAME", nullable = false, length = 50)
    private String name;

    @Column(name = "POSITION", length = 50)
    private String position;

    @Column(name = "PHONE", length = 30)
    private String phone;

    protected ContactEntity() {
        // for JPA
    }

    public ContactEntity(long enterpriseId, int positionNo) {
        this.enterpriseId = enterpriseId;
        this.positionNo = positionNo;
    }

    public void set(String name, String position, String phone) {
        this.name = name;
        this.position = position;
        this.phone = phone;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public int getPositionNo() {
        return positionNo;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    /** The primary key: enterprise and position. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private long enterpriseId;
        private int positionNo;

        public Key() {
            // for JPA
        }

        public Key(long enterpriseId, int positionNo) {
            this.enterpriseId = enterpriseId;
            this.positionNo = positionNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.enterpriseId == enterpriseId && k.positionNo == positionNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(enterpriseId, positionNo);
        }
    }
}
