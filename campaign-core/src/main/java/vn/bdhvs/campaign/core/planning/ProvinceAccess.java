package vn.bdhvs.campaign.core.planning;

import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * Who may read and change a province's plan. A former province belongs to its successor's
 * staff. ADMINs and the province's steering-committee staff edit; managers only read; a commune
 * scope does not see provincial plans at all.
 */
@Component
class ProvinceAccess {

    private final GeographyService geography;

    ProvinceAccess(GeographyService geography) {
        this.geography = geography;
    }

    ProvinceSummary readable(Actor actor, long provinceId) {
        ProvinceSummary province = geography.findProvince(provinceId)
                .orElseThrow(() -> new NotFoundException("province", provinceId));
        long owner = province.former() ? province.successorId() : province.id();
        if (!actor.scope().includesProvince(owner)) {
            throw new NotFoundException("province", provinceId);
        }
        return province;
    }

    ProvinceSummary editable(Actor actor, long provinceId) {
        ProvinceSummary province = readable(actor, provinceId);
        if (!canEdit(actor)) {
            throw new ForbiddenException("planning.edit");
        }
        return province;
    }

    static boolean canEdit(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.PROVINCE_STAFF);
    }
}
