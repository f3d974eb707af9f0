package vn.bdhvs.campaign.core.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the workbooks an import hands out (templates, error files): one sheet, a bold frozen
 * header and text cells only, so that nothing a user typed becomes a formula.
 */
final class SheetWriter {

    private SheetWriter() {
    }

    /**
     * {@code marked}: header columns shown as required (a coloured fill); {@code notes}: a comment
     * on each header cell, where given.
     */
    static byte[] write(String sheetName, List<String> header, List<Boolean> marked, List<String> notes,
            List<List<String>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Binh dan hoc vu so", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int column = 0; column < header.size(); column++) {
                sheet.inlineString(0, column, header.get(column));
                var style = sheet.style(0, column).bold();
                if (column < marked.size() && marked.get(column)) {
                    style = style.fillColor("FFF2CC");
                }
                style.set();
                if (column < notes.size()) {
                    sheet.comment(0, column, notes.get(column));
                }
                int widest = header.get(column).length();
                for (List<String> row : rows) {
                    widest = Math.max(widest, column < row.size() ? row.get(column).length() : 0);
                }
                sheet.width(column, Math.min(60, Math.max(10, widest + 2)));
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int column = 0; column < row.size(); column++) {
                    sheet.inlineString(r + 1, column, row.get(column));
                }
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
