package org.podium.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The administrator's retention setting (one row): days after a record is final before unpublished data is erased. */
@Entity
@Table(name = "privacy_policy")
public class PrivacyPolicy {

    public static final long ID = 1L;
    public static final int MAX_DAYS = 3650;

    @Id
    private Long id;

    @Column(name = "retention_days")
    private Integer retentionDays;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected PrivacyPolicy() {}

    /** Null: unpublished personal data is kept. */
    public Integer getRetentionDays() {
        return retentionDays;
    }

    public void setRetentionDays(Integer days, Instant at) {
        this.retentionDays = days;
        this.updatedAt = at;
    }
}
