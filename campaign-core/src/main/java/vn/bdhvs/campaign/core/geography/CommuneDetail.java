package vn.bdhvs.campaign.core.geography;

import java.util.List;

public record CommuneDetail(CommuneSummary commune, ProvinceSummary province, List<FormerUnit> formerUnits) {
}
