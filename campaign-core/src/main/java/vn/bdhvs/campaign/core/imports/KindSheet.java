package vn.bdhvs.campaign.core.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ImportCheck;

/**
 * The rows of one file of one kind: each row is read cell by cell ({@link #read}) and every
 * problem collected as a {@link RowError} (all of a row's errors at once, so that one pass through
 * Excel fixes them); then the rows are checked against the database ({@link #check}) and written
 * ({@link #apply}), set-based, in the caller's transaction.
 */
abstract class KindSheet {

    private final ImportKind kind;

    private final List<String> header;

    private final ColumnMapping mapping;

    private final Map<String, Integer> seen = new HashMap<>();

    final List<RowError> errors = new ArrayList<>();

    KindSheet(ImportKind kind, List<String> header, ColumnMapping mapping) {
        this.kind = kind;
        this.header = header;
        this.mapping = mapping;
    }

    abstract void read(SheetRow row);

    /** What the rows read would do: rows to create, update, leave, and the rows refused with why. */
    abstract ImportCheck check(Actor actor);

    /** Writes what {@link #check} found, except the {@code skipped} rows. */
    abstract void apply(Actor actor, ImportCheck check, Collection<Integer> skipped);

    /**
     * The field's value read by {@code reader}: null when the cell is empty (an error if the field
     * is required) or when it breaks a rule, which is recorded. {@code blankAllowed} lets the
     * reader see an empty cell (a commune defaulting to the official's own).
     */
    final <T> T cell(SheetRow row, String field, Function<String, T> reader) {
        return cell(row, field, false, reader);
    }

    final <T> T cell(SheetRow row, String field, boolean blankAllowed, Function<String, T> reader) {
        int column = mapping.column(field);
        String value = column < 0 ? "" : row.value(column);
        String columnName = column < 0 ? kind.field(field).header() : header.get(column);
        if (column >= 0 && row.formula(column)) {
            errors.add(new RowError(row.number(), columnName, value, "import.cell.formula", List.of()));
            return null;
        }
        if (value.isEmpty() && !blankAllowed) {
            if (kind.field(field).required()) {
                errors.add(new RowError(row.number(), columnName, "", "import.value.required", List.of()));
            }
            return null;
        }
        try {
            return reader.apply(value);
        }
        catch (DomainException ex) {
            String shown = field.equals(ImportKind.SharedFields.CITIZEN_ID.key()) ? CellValues.maskedCitizenId(value)
                    : value;
            errors.add(new RowError(row.number(), columnName, shown, ex.code(), Arrays.asList(ex.args())));
            return null;
        }
    }

    /** The cell as it is, "" when the file has no such column. */
    final String text(SheetRow row, String field) {
        int column = mapping.column(field);
        return column < 0 ? "" : row.value(column);
    }

    /** The row's commune, from its commune, old district and province cells. */
    final Long commune(SheetRow row, CommuneCells communes) {
        return cell(row, "commune", true, value -> communes.communeId(value, text(row, "district"),
                text(row, "province")));
    }

    /** Whether a row with no errors of its own is the same as an earlier row (then an error on it). */
    final boolean duplicate(SheetRow row, String key) {
        Integer first = seen.putIfAbsent(key, row.number());
        if (first != null) {
            errors.add(new RowError(row.number(), "", "", "import.row.duplicate", List.of(first)));
        }
        return first != null;
    }
}
