package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;

/**
 * Parses numbers as Vietnamese users type them: "1.100.000" or "1 100 000" for a count,
 * "80", "80,5" or "80.5" for a percentage. Returns null for blank input.
 */
final class NumberInput {

    private NumberInput() {
    }

    /** @throws NumberFormatException when the text is not a number */
    static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim().replace(" ", "").replace("\u00a0", "");
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1);
        }
        int dots = value.length() - value.replace(".", "").length();
        int commas = value.length() - value.replace(",", "").length();
        if (dots > 1 || (dots == 1 && commas == 0 && value.matches("-?\\d{1,3}\\.\\d{3}"))) {
            value = value.replace(".", ""); // thousands separators: 1.100.000 or 1.100
            value = value.replace(',', '.');
        }
        else if (commas > 1 || (commas == 1 && dots == 1 && value.indexOf(',') < value.indexOf('.'))) {
            value = value.replace(",", ""); // 1,100,000 or 1,100.5
        }
        else {
            value = value.replace(',', '.');
        }
        if (!value.matches("-?\\d+(\\.\\d+)?")) {
            throw new NumberFormatException(text);
        }
        return new BigDecimal(value);
    }
}
