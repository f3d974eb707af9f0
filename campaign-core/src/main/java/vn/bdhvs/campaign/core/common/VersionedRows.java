package vn.bdhvs.campaign.core.common;

/**
 * Optimistic locking of plain SQL: an {@code update ... where id = ? and version = ?} or a
 * {@code delete ... where id = ? and version = ?} that touched no row means someone else changed
 * or removed the row after the user loaded it.
 */
public final class VersionedRows {

    private VersionedRows() {
    }

    /** Takes the row count of a versioned update or delete; throws if the row had changed meanwhile. */
    public static void check(int rowCount) {
        if (rowCount == 0) {
            throw new ConcurrentChangeException();
        }
    }
}
