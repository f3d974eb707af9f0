package vn.bdhvs.campaign.core.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.bdhvs.campaign.core.common.DomainException;

/**
 * Which file column holds each field of a kind (by position in the header). Built automatically
 * from the header, or chosen by the user on the mapping page and then saved under a name.
 */
public record ColumnMapping(Map<String, Integer> columns) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }

    /** Each field taken from the first column whose header matches it; a column serves one field at most. */
    public static ColumnMapping auto(ImportKind kind, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (ImportField field : kind.fields()) {
            for (int column = 0; column < header.size(); column++) {
                if (!columns.containsValue(column) && field.matches(header.get(column))) {
                    columns.put(field.key(), column);
                    break;
                }
            }
        }
        return new ColumnMapping(columns);
    }

    /**
     * Checks a mapping chosen by hand: only the kind's fields, each from a column of the header,
     * no column twice, every required field present ({@code import.mapping.*} otherwise).
     */
    public void checkColumns(ImportKind kind, int headerSize) {
        for (Map.Entry<String, Integer> entry : columns.entrySet()) {
            kind.field(entry.getKey());
            if (entry.getValue() < 0 || entry.getValue() >= headerSize) {
                throw new DomainException("import.mapping.badColumn", kind.field(entry.getKey()).header());
            }
        }
        if (columns.values().stream().distinct().count() < columns.size()) {
            throw new DomainException("import.mapping.columnTwice");
        }
        List<ImportField> missing = missing(kind);
        if (!missing.isEmpty()) {
            throw new DomainException("import.mapping.missing",
                    String.join(", ", missing.stream().map(ImportField::header).toList()));
        }
    }

    /** The required fields that no column holds. */
    public List<ImportField> missing(ImportKind kind) {
        return kind.fields().stream().filter(f -> f.required() && !columns.containsKey(f.key())).toList();
    }

    /** The column of the field, or -1 when the file has none. */
    public int column(String fieldKey) {
        return columns.getOrDefault(fieldKey, -1);
    }
}
