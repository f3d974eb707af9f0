package vn.bdhvs.campaign.core.imports;

import java.util.List;

/** A file's header, the columns matched automatically, its data rows, and which sheet of how many was read. */
public record ImportPreview(List<String> header, ColumnMapping mapping, int rows, String sheetName, int sheetCount) {

    public ImportPreview {
        header = List.copyOf(header);
    }
}
