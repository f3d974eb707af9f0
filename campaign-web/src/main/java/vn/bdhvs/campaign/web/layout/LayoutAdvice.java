package vn.bdhvs.campaign.web.layout;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.bdhvs.campaign.web.security.CampaignUser;

/** Gives every page the signed-in user and the navigation for their role (fragments/layout.html). */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("currentUser")
    CampaignUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CampaignUser user ? user : null;
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        CampaignUser user = currentUser();
        return user == null ? List.of() : Navigation.forUser(user);
    }
}
