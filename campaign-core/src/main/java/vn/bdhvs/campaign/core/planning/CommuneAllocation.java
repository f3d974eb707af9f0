package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;

import vn.bdhvs.campaign.core.geography.CommuneSummary;

/**
 * A commune's share of a province target: its population weight, the proportional proposal, the
 * stored commune target (if any) and the target in effect. A share target in effect is the
 * commune's own override or, without one, the province's value.
 */
public record CommuneAllocation(CommuneSummary commune, Long weight, Long proposed, TargetCell stored,
        BigDecimal effective) {
}
