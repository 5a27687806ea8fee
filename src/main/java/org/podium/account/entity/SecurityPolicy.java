package org.podium.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The administrator's security settings (one row): whether every staff account signs in with a second factor. */
@Entity
@Table(name = "security_policy")
public class SecurityPolicy {

    public static final long ID = 1L;

    @Id
    private Long id;

    @Column(name = "staff_two_factor", nullable = false)
    private boolean staffTwoFactor;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SecurityPolicy() {}

    public boolean isStaffTwoFactor() {
        return staffTwoFactor;
    }

    public void setStaffTwoFactor(boolean required, Instant at) {
        this.staffTwoFactor = required;
        this.updatedAt = at;
    }
}
