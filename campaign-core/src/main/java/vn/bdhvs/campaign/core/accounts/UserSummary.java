package vn.bdhvs.campaign.core.accounts;

import java.time.Instant;

public record UserSummary(long id, String username, String displayName, Role role, String provinceCode,
        String provinceName, String communeCode, String communeName, boolean enabled, boolean locked,
        Instant lastLoginAt, long version) {
}
