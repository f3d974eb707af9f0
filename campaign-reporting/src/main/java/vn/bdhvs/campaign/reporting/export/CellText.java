package vn.bdhvs.campaign.reporting.export;

/**
 * Text for a spreadsheet cell that no spreadsheet will run: a value starting with =, +, -, @, a
 * tab or a carriage return (a formula, or the start of one in some programs) gets a leading
 * apostrophe, which Excel and LibreOffice show as text.
 */
final class CellText {

    private CellText() {
    }

    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
