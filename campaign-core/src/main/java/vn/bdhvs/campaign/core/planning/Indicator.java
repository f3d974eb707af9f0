package vn.bdhvs.campaign.core.planning;

/**
 * What a target measures. {@code perGroup}: one target per target group, else one per unit.
 * {@code metric}: the progress counter that measures it (null: not measured yet).
 */
public record Indicator(long id, String code, IndicatorKind kind, boolean perGroup, boolean cumulative, String nameVi,
        String nameEn, String metric) {

    public String name(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
