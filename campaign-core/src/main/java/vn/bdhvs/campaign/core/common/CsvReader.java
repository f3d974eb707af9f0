package vn.bdhvs.campaign.core.common;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it: UTF-8 with or without a BOM, comma or semicolon separated (the
 * first line decides), fields optionally in double quotes with "" for a quote, CRLF or LF.
 */
public final class CsvReader {

    private CsvReader() {
    }

    public static List<List<String>> read(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                }
                else if (c == '"') {
                    quoted = false;
                }
                else {
                    field.append(c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == separator) {
                row.add(field.toString().trim());
                field.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString().trim());
                field.setLength(0);
                addUnlessBlank(rows, row);
                row = new ArrayList<>();
            }
            else {
                field.append(c);
            }
        }
        row.add(field.toString().trim());
        addUnlessBlank(rows, row);
        return rows;
    }

    private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
        if (row.stream().anyMatch(value -> !value.isEmpty())) {
            rows.add(row);
        }
    }
}
