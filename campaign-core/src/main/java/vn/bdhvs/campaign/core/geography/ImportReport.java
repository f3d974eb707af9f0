package vn.bdhvs.campaign.core.geography;

/**
 * What one import of the reference data did. {@code changedRows} counts inserted, updated,
 * retired and deleted rows; it is 0 when the same file is imported again.
 */
public record ImportReport(String sourceName, String sha256, int provinces, int formerProvinces, int communes,
        int lineageRows, int changedRows) {
}
