package vn.bdhvs.campaign.core.planning;

import java.util.List;
import java.util.Map;

import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * Every target of a province for one year: target groups × per-group indicators, plus the
 * indicators set once for the whole province. {@code formerProvinces} holds the grids of the
 * provinces merged into this one, kept as they were entered.
 */
public record TargetGrid(ProvinceSummary province, int year, boolean editable, List<TargetGroup> groups,
        List<Indicator> groupIndicators, List<Indicator> unitIndicators, Map<String, TargetCell> cells,
        List<TargetGrid> formerProvinces) {

    public static String key(long indicatorId, Long groupId) {
        return indicatorId + ":" + (groupId == null ? "-" : groupId);
    }

    public TargetCell cell(Indicator indicator, TargetGroup group) {
        return cells.get(key(indicator.id(), group == null ? null : group.id()));
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }
}
