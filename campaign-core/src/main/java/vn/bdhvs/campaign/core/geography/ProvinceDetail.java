package vn.bdhvs.campaign.core.geography;

import java.util.List;

public record ProvinceDetail(ProvinceSummary province, List<CommuneSummary> communes,
        List<ProvinceSummary> formerProvinces) {
}
