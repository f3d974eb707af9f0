package vn.bdhvs.campaign.core.accounts;

import vn.bdhvs.campaign.core.geography.UnitScope;

/** The signed-in user on whose behalf a service acts: audit name, role and scope. */
public record Actor(String username, Role role, UnitScope scope) {

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
