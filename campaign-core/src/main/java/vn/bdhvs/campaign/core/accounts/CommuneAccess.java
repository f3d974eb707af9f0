package vn.bdhvs.campaign.core.accounts;

import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;

/**
 * Who may see and change a commune's training data. A commune official works on their own
 * commune only; provincial staff and managers read every commune of their province, and the
 * staff may also correct data; an ADMIN does everything. Outside the scope a commune, and
 * everything in it, does not exist for the caller. Used by the features that record a commune's
 * data: classes, learners and teams.
 */
@Component
public class CommuneAccess {

    private final GeographyService geography;

    CommuneAccess(GeographyService geography) {
        this.geography = geography;
    }

    public CommuneSummary readable(Actor actor, String code) {
        CommuneSummary commune = geography.findCommune(code).orElseThrow(() -> new NotFoundException("commune", code));
        return check(actor, commune);
    }

    public CommuneSummary readable(Actor actor, long communeId) {
        CommuneSummary commune = geography.findCommune(communeId)
                .orElseThrow(() -> new NotFoundException("commune", communeId));
        return check(actor, commune);
    }

    public CommuneSummary writable(Actor actor, long communeId) {
        CommuneSummary commune = readable(actor, communeId);
        if (!canWrite(actor)) {
            throw new ForbiddenException("training.edit");
        }
        return commune;
    }

    /** Whether the commune lies within the caller's scope (no exception: for deciding what to reveal). */
    public boolean inScope(Actor actor, long communeId) {
        return geography.findCommune(communeId).map(c -> actor.scope().includesCommune(c.provinceId(), c.id()))
                .orElse(false);
    }

    public static boolean canWrite(Actor actor) {
        return actor.is(Role.ADMIN) || actor.is(Role.PROVINCE_STAFF) || actor.is(Role.COMMUNE_OFFICIAL);
    }

    private static CommuneSummary check(Actor actor, CommuneSummary commune) {
        if (!actor.scope().includesCommune(commune.provinceId(), commune.id())) {
            throw new NotFoundException("commune", commune.code());
        }
        return commune;
    }
}
