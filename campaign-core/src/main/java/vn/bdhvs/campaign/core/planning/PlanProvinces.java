package vn.bdhvs.campaign.core.planning;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * The province whose plan is asked for, as addressed from outside: a current province by its code,
 * a former province (which has no code) by its successor's code and its id. A province the actor
 * may not read is not found, like one that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PlanProvinces {

    private final GeographyService geography;

    private final ProvinceAccess access;

    PlanProvinces(GeographyService geography, ProvinceAccess access) {
        this.geography = geography;
        this.access = access;
    }

    /** A current province by code or, with {@code formerId}, the former province merged into it. */
    public ProvinceSummary readable(Actor actor, String code, Long formerId) {
        ProvinceSummary province = geography.findProvince(code).filter(p -> !p.former())
                .orElseThrow(() -> new NotFoundException("province", code));
        if (formerId == null) {
            return access.readable(actor, province.id());
        }
        ProvinceSummary former = geography.findProvince(formerId)
                .filter(f -> Objects.equals(f.successorId(), province.id()))
                .orElseThrow(() -> new NotFoundException("province", formerId));
        return access.readable(actor, former.id());
    }

    /** A current or former province by id. */
    public ProvinceSummary readable(Actor actor, long id) {
        return access.readable(actor, id);
    }
}
