package vn.bdhvs.campaign.web.planning;

import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * Where a province's planning pages are: {@code /provinces/79} for a current province, and for a
 * former one, which has no code, under its successor: {@code /provinces/79/former/12}. The
 * planning templates have it as {@code provincePaths} ({@link PlanningAdvice}).
 */
public class ProvincePaths {

    public String of(ProvinceSummary province) {
        return path(province);
    }

    static String path(ProvinceSummary province) {
        return province.former() ? "/provinces/" + province.successorCode() + "/former/" + province.id()
                : "/provinces/" + province.code();
    }
}
