package vn.bdhvs.campaign.web.layout;

import java.util.ArrayList;
import java.util.List;

import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.web.security.CampaignUser;

/** What the navigation offers each role: only what the role may use, pointing into its own unit. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> forUser(CampaignUser user) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("nav.home", "/", "nav-home"));
        items.add(new NavItem("nav.dashboard", "/dashboard", "nav-dashboard"));
        String code = user.unitCode();
        UnitScope.Level level = user.actor().scope().level();
        switch (level) {
            case NATION -> items.add(new NavItem("nav.geography", "/geography", "nav-geography"));
            case PROVINCE -> items.add(new NavItem("nav.myProvince", "/geography/provinces/" + code, "nav-my-province"));
            case COMMUNE -> {
                items.add(new NavItem("nav.myCommune", "/geography/communes/" + code, "nav-my-commune"));
                items.add(new NavItem("nav.classes", "/communes/" + code + "/classes", "nav-classes"));
                items.add(new NavItem("nav.learners", "/communes/" + code + "/learners", "nav-learners"));
                items.add(new NavItem("nav.teams", "/communes/" + code + "/teams", "nav-teams"));
            }
        }
        if (level != UnitScope.Level.COMMUNE) {
            items.add(new NavItem("nav.planning", "/planning", "nav-planning"));
        }
        // staff of a province or a commune bring their lists in; an ADMIN reaches imports from a
        // commune's learners or teams page (the administrator's navigation has no room left at 1366 px)
        if (user.role() == Role.PROVINCE_STAFF || user.role() == Role.COMMUNE_OFFICIAL) {
            items.add(new NavItem("nav.imports", "/imports", "nav-imports"));
        }
        // an ADMIN reaches reports from each dashboard ("Xuất báo cáo")
        if (user.role() != Role.ADMIN) {
            items.add(new NavItem("nav.reports", "/reports", "nav-reports"));
        }
        if (user.role() == Role.ADMIN) {
            items.add(new NavItem("nav.users", "/admin/users", "nav-users"));
            items.add(new NavItem("nav.groups", "/admin/groups", "nav-groups"));
            items.add(new NavItem("nav.referenceData", "/admin/reference-data", "nav-reference-data"));
        }
        return items;
    }
}
