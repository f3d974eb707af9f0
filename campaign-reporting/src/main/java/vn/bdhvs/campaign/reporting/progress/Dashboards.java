package vn.bdhvs.campaign.reporting.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/** What the dashboards show; every figure comes from the progress counters, targets and baselines. */
public final class Dashboards {

    /**
     * The commune ranking, laggards first: communes with a known % of their target, lowest first;
     * then the others by their count, lowest first; then by name.
     */
    public static final Comparator<CommuneProgress> RANKING = Comparator
            .comparing((CommuneProgress c) -> c.value().percentOfTarget() == null)
            .thenComparing(c -> c.value().rankingMeasure())
            .thenComparing(c -> c.commune().name());

    private Dashboards() {
    }

    /** The cumulative measure (share in % or count) at the end of a month of the year. */
    public record MonthPoint(int month, BigDecimal measure) {
    }

    public record CommuneProgress(CommuneSummary commune, ProgressValue value) {
    }

    public record ProvinceProgress(ProvinceSummary province, ProgressValue value) {
    }

    /**
     * A province's progress for a year: a card per indicator × group that has a target or data,
     * the focused indicator by month and by group, and every commune ranked on it.
     */
    public record Province(ProvinceSummary province, int year, boolean includeFormer, List<ProgressValue> cards,
            ProgressValue focus, List<MonthPoint> monthly, List<ProgressValue> byGroup, List<CommuneProgress> communes,
            Instant updatedAt) {
    }

    public record Commune(CommuneSummary commune, ProvinceSummary province, int year, List<ProgressValue> cards,
            ProgressValue focus, List<MonthPoint> monthly, Instant updatedAt) {
    }

    public record Nation(int year, ProgressValue headline, List<ProvinceProgress> provinces, Instant updatedAt) {
    }
}
