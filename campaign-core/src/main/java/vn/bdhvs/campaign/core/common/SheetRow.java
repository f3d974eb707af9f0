package vn.bdhvs.campaign.core.common;

import java.util.BitSet;
import java.util.List;

/**
 * One row of a file as text: its number as the user sees it in Excel (the header is row 1 when it
 * is the first line) and its cells, trimmed. {@code formulas} marks the XLSX cells that hold a
 * formula, whose value is never taken.
 */
public record SheetRow(int number, List<String> values, BitSet formulas) {

    public SheetRow {
        values = List.copyOf(values);
        formulas = (BitSet) formulas.clone();
    }

    /** The cell of the column, or "" past the row's end. */
    public String value(int column) {
        return column < values.size() ? values.get(column) : "";
    }

    public boolean formula(int column) {
        return formulas.get(column);
    }

    public boolean blank() {
        return values.stream().allMatch(String::isEmpty);
    }
}
