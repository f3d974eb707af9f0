package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.util.List;

import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/** How a province target is split among its communes. {@code allocatedSum} adds the stored commune targets. */
public record AllocationView(ProvinceSummary province, Indicator indicator, TargetGroup group, int year,
        BigDecimal provinceTarget, List<CommuneAllocation> communes, BigDecimal allocatedSum, long totalWeight,
        boolean editable) {

    public boolean balanced() {
        return provinceTarget != null && allocatedSum.compareTo(provinceTarget) == 0;
    }
}
