package vn.bdhvs.campaign.core.imports;

import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.common.SheetReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A file to download: the rows an import refused, as the file had them, with a last column "Lỗi"
 * saying why; or a kind's template. Always a workbook, whatever was uploaded: Excel opens it
 * without asking about encodings or separators, and its cells are text, never formulas.
 */
public record SheetFile(String name, byte[] content) {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String REASON = "Lỗi";

    static SheetFile errors(ImportJob job, byte[] upload, List<RowError> errors, Function<RowError, String> describe,
            int maxRows) {
        Map<Integer, List<String>> reasons = new LinkedHashMap<>();
        for (RowError error : errors) {
            String reason = describe.apply(error);
            reasons.computeIfAbsent(error.row(), row -> new ArrayList<>())
                    .add(error.column().isEmpty() ? reason : error.column() + ": " + reason);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> header;
        try (SheetReader reader = SheetReader.open(upload, maxRows)) {
            header = new ArrayList<>(reader.header());
            // an error file uploaded again keeps one column of reasons: the new one
            int oldReasons = header.lastIndexOf(REASON);
            if (oldReasons >= 0) {
                header.remove(oldReasons);
            }
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                List<String> why = reasons.get(row.number());
                if (why != null) {
                    List<String> values = new ArrayList<>(row.values());
                    if (oldReasons >= 0 && oldReasons < values.size()) {
                        values.remove(oldReasons);
                    }
                    values.add(String.join("; ", why));
                    rows.add(values);
                }
            }
        }
        // the reason goes after the widest row, under its own header
        int width = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(1) - 1);
        while (header.size() < width) {
            header.add("");
        }
        for (List<String> row : rows) {
            while (row.size() <= width) {
                row.add(row.size() - 1, "");
            }
        }
        header.add(REASON);
        String base = job.fileName().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        return new SheetFile(base + "-loi.xlsx", SheetWriter.write("Dòng lỗi", header, List.of(), List.of(), rows));
    }

    /**
     * The kind's template: the Vietnamese headers, required ones coloured, each with a note saying
     * whether it is required and giving an example. No example row: one left in by mistake would
     * be imported as a real person.
     */
    public static SheetFile template(ImportKind kind) {
        List<ImportField> fields = kind.fields();
        return new SheetFile(kind.templateName() + ".xlsx", SheetWriter.write("Mẫu",
                fields.stream().map(ImportField::header).toList(), fields.stream().map(ImportField::required).toList(),
                fields.stream().map(f -> (f.required() ? "Bắt buộc." : "Không bắt buộc.")
                        + (f.example().isEmpty() ? "" : " Ví dụ: " + f.example())).toList(),
                List.of()));
    }
}
