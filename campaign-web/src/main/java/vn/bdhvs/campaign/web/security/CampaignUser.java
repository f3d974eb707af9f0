package vn.bdhvs.campaign.web.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.LoginAccount;
import vn.bdhvs.campaign.core.accounts.Role;

/** The signed-in user: what Spring Security needs, plus the actor (role and scope) services take. */
public final class CampaignUser implements UserDetails {

    private final LoginAccount account;

    private final String unitCode;

    /** {@code unitCode}: the code of the scope's province or commune, null for the nation. */
    CampaignUser(LoginAccount account, String unitCode) {
        this.account = account;
        this.unitCode = unitCode;
    }

    /** The code of the province or commune the user works in (null for a national scope), for links. */
    public String unitCode() {
        return unitCode;
    }

    public Actor actor() {
        return account.actor();
    }

    public String displayName() {
        return account.displayName();
    }

    public Role role() {
        return account.role();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !account.locked();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
