package vn.bdhvs.campaign.reporting.progress;

import java.time.Instant;
import java.util.List;

import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * Every figure of a unit's progress report for a year: one row per indicator × group chosen
 * (with a target or data), the same rows for each commune of a province, and each row's cumulative
 * measure at the end of each month so far. {@code commune} is null for a province's report.
 */
public record ProgressReport(ProvinceSummary province, CommuneSummary commune, int year, boolean includeFormer,
        List<ProgressValue> rows, List<CommuneRows> communes, List<List<Dashboards.MonthPoint>> months,
        Instant updatedAt) {

    public ProgressReport {
        rows = List.copyOf(rows);
        communes = List.copyOf(communes);
        months = List.copyOf(months);
    }

    /** A commune's values, in the order of the report's rows. */
    public record CommuneRows(CommuneSummary commune, List<ProgressValue> values) {

        public CommuneRows {
            values = List.copyOf(values);
        }
    }

    /** The report's unit: the commune's code, or the province's. */
    public String unitCode() {
        return commune != null ? commune.code() : province.code();
    }

    public String unitName() {
        return commune != null ? commune.name() : province.name();
    }
}
