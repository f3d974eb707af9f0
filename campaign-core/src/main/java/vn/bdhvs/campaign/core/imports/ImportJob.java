package vn.bdhvs.campaign.core.imports;

import java.time.Instant;
import java.util.List;

import vn.bdhvs.campaign.core.common.Message;

/**
 * An uploaded file and what became of it: its kind, name, SHA-256 and size; who uploaded it and
 * when; the header and the column mapping; the status with the rows done so far out of the total;
 * the counts of its last check or import (null before one); the reason it failed, if it did; when
 * the file itself was erased (it may hold citizen IDs and is kept only for some days).
 */
public record ImportJob(long id, ImportKind kind, String fileName, boolean workbook, String sha256, long size,
        String username, List<String> header, ColumnMapping mapping, ImportJobStatus status, boolean validOnly,
        int rowsTotal, int rowsDone, Integer created, Integer updated, Integer unchanged, Integer errorRows,
        Message failure, String sheetName, int sheetCount, Instant uploadedAt, Instant checkedAt, String committedBy,
        Instant committedAt, Instant finishedAt, Instant fileErasedAt, long version) {

    public ImportJob {
        header = List.copyOf(header);
    }

    /** Rows done in percent, for the progress bar. */
    public int percentDone() {
        return rowsTotal == 0 ? 100 : (int) Math.min(100, rowsDone * 100L / rowsTotal);
    }

    /** Rows that would be (or were) imported. */
    public int validRows() {
        return created == null ? 0 : created + updated + unchanged;
    }

    /** Whether the checked file may be imported as it is (no errors), or only its valid rows. */
    public boolean importable() {
        return status == ImportJobStatus.CHECKED && validRows() > 0 && fileErasedAt == null;
    }

    public boolean hasErrors() {
        return errorRows != null && errorRows > 0;
    }

    /** Whether the file can be checked again (with its mapping changed): before an import, or after a failure. */
    public boolean checkable() {
        return (status == ImportJobStatus.READY || status == ImportJobStatus.CHECKED
                || status == ImportJobStatus.FAILED) && fileErasedAt == null;
    }
}
