package org.safegrid.dept.economic.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.OrderColumn;
import javax.persistence.Table;
import javax.persistence.Version;

import org.safegrid.dept.economic.internal.model.LeaderTitle;

/** A chief-engineer safety team (总工程师团队) in {@code SG_ECO_TEAM}; one per enterprise. */
@Entity(name = "EcoTeam")
@Table(name = "SG_ECO_TEAM")
public class TeamEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "ENTERPRISE_ID", nullable = false)
    private long enterpriseId;

    @Column(name = "LEADER", nullable = false, length = 50)
    private String leader;

    @Enumerated(EnumType.STRING)
    @Column(name = "LEADER_TITLE", nullable = false, length = 32)
    private LeaderTitle leaderTitle;

    @Column(name = "LEADER_PHONE", nullable = false, length = 30)
    private String leaderPhone;

    @Column(name = "ESTABLISHED_ON", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "NOTE", length = 500)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SG_ECO_TEAM_MEMBER", joinColumns = @JoinColumn(name = "TEAM_ID"))
    @OrderColumn(name = "POSITION")
    private List<TeamMember> members = new ArrayList<>();

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    @Column(name = "CREATED_BY", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "UPDATED_BY", length = 100)
    private String updatedBy;

    @Column(name = "UPDATED_AT")
    private LocalDateTime updatedAt;

    public Long getId() {
        return id;
    }

    public long getEnterpriseId() {
        return enterpriseId;
    }

    public void setEnterpriseId(long enterpriseId) {
        this.enterpriseId = enterpriseId;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public LeaderTitle getLeaderTitle() {
        return leaderTitle;
    }

    public void setLeaderTitle(LeaderTitle leaderTitle) {
        this.leaderTitle = leaderTitle;
    }

    public String getLeaderPhone() {
        return leaderPhone;
    }

    public void setLeaderPhone(String leaderPhone) {
        this.leaderPhone = leaderPhone;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public void setEstablishedOn(LocalDate establishedOn) {
        this.establishedOn = establishedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<TeamMember> getMembers() {
        return members;
    }

    public void setMembers(List<TeamMember> members) {
        this.members = new ArrayList<>(members);
    }

    public long getVersion() {
        return version;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void created(String user, LocalDateTime at) {
        this.createdBy = user;
        this.createdAt = at;
    }

    public void updated(String user, LocalDateTime at) {
        this.updatedBy = user;
        this.updatedAt = at;
    }
}
