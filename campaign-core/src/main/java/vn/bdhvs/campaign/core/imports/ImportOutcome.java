package vn.bdhvs.campaign.core.imports;

import java.util.List;

/**
 * What a dry run found, or what an import did: data rows read, rows created, updated and left
 * unchanged (would be, for a dry run), rows with errors and the errors themselves.
 */
public record ImportOutcome(boolean committed, int rows, int created, int updated, int unchanged, int errorRows,
        List<RowError> errors, String sheetName, int sheetCount) {

    public ImportOutcome {
        errors = List.copyOf(errors);
    }
}
