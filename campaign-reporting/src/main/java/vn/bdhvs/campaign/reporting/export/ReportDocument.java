package vn.bdhvs.campaign.reporting.export;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import vn.bdhvs.campaign.reporting.progress.ProgressReport;
import vn.bdhvs.campaign.reporting.progress.ProgressValue;

/**
 * What a file is written from: the report's figures, the heading of the province's reports, and
 * when (local time) and by whom it was generated.
 */
record ReportDocument(ProgressReport report, ReportHeading heading, LocalDateTime generatedAt, String generatedBy) {

    /** "Thành phố Hồ Chí Minh (79)". */
    String unitLabel() {
        return report.unitName() + " (" + report.unitCode() + ")";
    }

    /** A percentage as the fraction a spreadsheet's percent format expects (45.2 % is 0.452). */
    static BigDecimal fraction(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }

    /** The figure compared with the target: the share in % or the count. */
    static BigDecimal measure(ProgressValue value) {
        return value.measure();
    }
}
