package vn.bdhvs.campaign.core.planning;

import java.util.List;

/** A year's stored targets and population baselines of some provinces and their communes. */
public record YearPlan(int year, List<PlannedTarget> targets, List<PlannedBaseline> baselines) {

    public YearPlan {
        targets = List.copyOf(targets);
        baselines = List.copyOf(baselines);
    }
}
