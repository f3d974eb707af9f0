package vn.bdhvs.campaign.core.planning;

import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/** The population baselines of a province, or of one of its communes when {@code commune} is set. */
public record BaselineView(ProvinceSummary province, CommuneSummary commune, int year, boolean editable,
        int communeCount, List<BaselineRow> rows) {
}
