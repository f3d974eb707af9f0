package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.util.Set;

import vn.bdhvs.campaign.core.common.Message;

/**
 * What a unit's progress on one (indicator, group) is measured against.
 *
 * @param target the target in effect (a % for a share indicator), or null
 * @param targetUnknown a target exists but cannot be stated (former provinces' share targets
 *        without the baselines that weight them): the status is unknown, not "no target"
 * @param baseline the group's head count in the measured area, or null when not known for all of it
 * @param area the communes whose counts are measured; null for the whole unit
 * @param note why the figure is what it is (where the target comes from, what is missing), or null
 */
record Plan(BigDecimal target, boolean targetUnknown, Long baseline, Set<Long> area, Message note) {

    static Plan none(Long baseline) {
        return new Plan(null, false, baseline, null, null);
    }
}
