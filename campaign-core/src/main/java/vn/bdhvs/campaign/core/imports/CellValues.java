package vn.bdhvs.campaign.core.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.learners.Gender;

/**
 * How an import reads a cell, as people fill them in Excel. Each method returns the value or
 * throws a {@link DomainException} whose code is the row error's message.
 */
public final class CellValues {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}([. ]\\d{3}){1,2}");

    private static final Pattern NUMBER_CELL = Pattern.compile("\\d{1,9}\\.0+");

    private static final Pattern YEAR = Pattern.compile("\\d{4}(\\.0+)?");

    private static final Pattern ID_SEPARATORS = Pattern.compile("[\\s.-]");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.0+)?");

    /** Day 0 of Excel's 1900 date system, as Excel counts (with its phantom 29/02/1900). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CellValues() {
    }

    /**
     * Text of at most {@code max} characters, inner spaces collapsed. Text that a spreadsheet
     * would run as a formula (starting with =, +, -, @) is refused rather than stored.
     */
    public static String text(String value, int max) {
        String text = SPACES.matcher(value).replaceAll(" ").trim();
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            throw new DomainException("import.value.formulaLike");
        }
        if (text.length() > max) {
            throw new DomainException("import.value.tooLong", max);
        }
        return text;
    }

    /**
     * A whole number from 0 to {@code max}: "1200", "1.200" or "1 200" as written in Vietnamese,
     * or "1200.0" from a number cell. A fraction or a sign is refused.
     */
    public static int count(String value, int max) {
        String digits;
        if (WHOLE.matcher(value).matches()) {
            digits = value;
        }
        else if (GROUPED.matcher(value).matches()) {
            digits = value.replace(".", "").replace(" ", "");
        }
        else if (NUMBER_CELL.matcher(value).matches()) {
            digits = value.substring(0, value.indexOf('.'));
        }
        else {
            throw new DomainException("import.value.count");
        }
        int count = Integer.parseInt(digits);
        if (count > max) {
            throw new DomainException("import.value.countTooLarge", max);
        }
        return count;
    }

    /** A year of four digits ("1985", or 1985 from a number cell). */
    public static int year(String value) {
        if (!YEAR.matcher(value).matches()) {
            throw new DomainException("import.value.year");
        }
        return Integer.parseInt(value.substring(0, 4));
    }

    /** A date as 31/12/2025, 2025-12-31, or an Excel serial number (46022); impossible dates are refused. */
    public static LocalDate date(String value) {
        Matcher dmy = DMY.matcher(value);
        Matcher ymd = YMD.matcher(value);
        int day;
        int month;
        int year;
        if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            year = Integer.parseInt(dmy.group(3));
        }
        else if (ymd.matches()) {
            year = Integer.parseInt(ymd.group(1));
            month = Integer.parseInt(ymd.group(2));
            day = Integer.parseInt(ymd.group(3));
        }
        else if (SERIAL.matcher(value).matches()) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
        }
        else {
            throw new DomainException("import.value.date");
        }
        String normalised = String.format("%02d/%02d/%04d", day, month, year);
        try {
            return LocalDate.parse(normalised, DAY);
        }
        catch (DateTimeParseException ex) {
            throw new DomainException("import.value.dateImpossible", normalised);
        }
    }

    /** Nam / Nữ / Khác, with or without marks, or the English words. */
    public static Gender gender(String value) {
        String key = VietnameseNames.folded(value);
        if (key == null) {
            throw new DomainException("import.value.gender");
        }
        return switch (key) {
            case "nam", "male", "m" -> Gender.MALE;
            case "nu", "female", "f" -> Gender.FEMALE;
            case "khac", "other" -> Gender.OTHER;
            default -> throw new DomainException("import.value.gender");
        };
    }

    /**
     * A citizen ID: 12 digits, spaces, dots and dashes ignored. An 11-digit number is most often
     * a number cell that lost its leading zero, and the message says so.
     */
    public static String citizenId(String value) {
        String digits = ID_SEPARATORS.matcher(value).replaceAll("");
        if (!DIGITS.matcher(digits).matches()) {
            throw new DomainException("import.cccd.notDigits");
        }
        if (digits.length() == 11) {
            throw new DomainException("import.cccd.leadingZero");
        }
        if (digits.length() != 12) {
            throw new DomainException("import.cccd.length", digits.length());
        }
        return digits;
    }

    /**
     * A citizen-ID cell as an error shows and keeps it: its first 3 and last 2 characters, the
     * rest hidden, enough to find the row without keeping the number.
     */
    public static String maskedCitizenId(String value) {
        int length = value.codePointCount(0, value.length());
        if (length <= 5) {
            return "•".repeat(length);
        }
        int end = value.offsetByCodePoints(0, length - 2);
        return value.substring(0, value.offsetByCodePoints(0, 3)) + "•".repeat(length - 5) + value.substring(end);
    }
}
