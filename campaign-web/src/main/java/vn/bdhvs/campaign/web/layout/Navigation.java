package vn.bdhvs.campaign.web.layout;

import java.util.ArrayList;
import java.util.List;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** What the navigation offers each role: only what the role may use, pointing into its own unit. */
final class Navigation {

    private Navigation() {
    }

    static List<NavItem> forActor(Actor actor, GeographyService geography) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("nav.home", "/", "nav-home"));
        items.add(new NavItem("nav.dashboard", "/dashboard", "nav-dashboard"));
        UnitScope scope = actor.scope();
        switch (scope.level()) {
            case NATION -> items.add(new NavItem("nav.geography", "/geography", "nav-geography"));
            case PROVINCE -> geography.findProvince(scope.provinceId()).ifPresent(province -> items
                    .add(new NavItem("nav.myProvince", "/geography/provinces/" + province.code(), "nav-my-province")));
            case COMMUNE -> geography.findCommune(scope.communeId()).ifPresent(commune -> {
                items.add(new NavItem("nav.myCommune", "/geography/communes/" + commune.code(), "nav-my-commune"));
                items.add(new NavItem("nav.classes", "/communes/" + commune.code() + "/classes", "nav-classes"));
                items.add(new NavItem("nav.learners", "/communes/" + commune.code() + "/learners", "nav-learners"));
                items.add(new NavItem("nav.teams", "/communes/" + commune.code() + "/teams", "nav-teams"));
            });
        }
        if (scope.level() != UnitScope.Level.COMMUNE) {
            items.add(new NavItem("nav.planning", "/planning", "nav-planning"));
        }
        if (actor.role() == Role.ADMIN) {
            items.add(new NavItem("nav.users", "/admin/users", "nav-users"));
            items.add(new NavItem("nav.groups", "/admin/groups", "nav-groups"));
            items.add(new NavItem("nav.referenceData", "/admin/reference-data", "nav-reference-data"));
        }
        return items;
    }
}
