package vn.bdhvs.campaign.core.accounts;

import vn.bdhvs.campaign.core.geography.UnitScope;

/** What the login needs to know about an account. */
public record LoginAccount(long id, String username, String passwordHash, String displayName, Role role,
        UnitScope scope, boolean enabled, boolean locked) {

    public Actor actor() {
        return new Actor(username, role, scope);
    }
}
