package vn.bdhvs.campaign.core.planning;

/** What a target measures. {@code perGroup}: one target per target group, else one per unit. */
public record Indicator(long id, String code, IndicatorKind kind, boolean perGroup, boolean cumulative, String nameVi,
        String nameEn) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
