package vn.bdhvs.campaign.core.accounts;

import java.time.Instant;

import org.hibernate.annotations.OptimisticLock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long provinceId;

    private Long communeId;

    private boolean enabled = true;

    // Login bookkeeping must not make an administrator's open edit form stale.
    @Column(name = "failed_login_count")
    @OptimisticLock(excluded = true)
    private int failedLogins;

    @OptimisticLock(excluded = true)
    private Instant lockedUntil;

    @OptimisticLock(excluded = true)
    private Instant lastLoginAt;

    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, Long provinceId,
            Long communeId, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        rescope(role, provinceId, communeId);
    }

    /** Gives the account a role and the unit it applies to; the unit must fit the role. */
    void rescope(Role role, Long provinceId, Long communeId) {
        boolean fits = switch (role) {
            case ADMIN -> provinceId == null && communeId == null;
            case PROVINCE_STAFF -> provinceId != null && communeId == null;
            case MANAGER -> provinceId != null;
            case COMMUNE_OFFICIAL -> provinceId != null && communeId != null;
        };
        if (!fits) {
            throw new AccountException("role", "account.scopeDoesNotFitRole");
        }
        this.role = role;
        this.provinceId = provinceId;
        this.communeId = communeId;
    }

    void rename(String displayName) {
        this.displayName = displayName;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void disable() {
        this.enabled = false;
    }

    /** Enabling also lifts a lockout: an administrator has vouched for the account. */
    void enable() {
        this.enabled = true;
        unlock();
    }

    void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed login; the {@code maxAttempts}-th in a row locks the account. */
    void registerFailedLogin(Instant now, LockoutPolicy policy) {
        if (isLocked(now)) {
            return;
        }
        failedLogins++;
        if (failedLogins >= policy.maxAttempts()) {
            lockedUntil = now.plus(policy.duration());
            failedLogins = 0;
        }
    }

    void registerSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getProvinceId() {
        return provinceId;
    }

    Long getCommuneId() {
        return communeId;
    }

    boolean isEnabled() {
        return enabled;
    }

    int getFailedLogins() {
        return failedLogins;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }

    long getVersion() {
        return version;
    }
}
