package vn.bdhvs.campaign.core.imports;

import java.util.List;

/**
 * Why a row cannot be imported: the row as numbered in the file, the column's header as the file
 * has it (empty for the row as a whole), the cell's value, and the message code with its arguments
 * (numbers stay numbers, for the message's number formats).
 */
public record RowError(int row, String column, String value, String code, List<Object> args) {

    public RowError {
        args = List.copyOf(args);
    }
}
