package vn.bdhvs.campaign.core.common;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads an uploaded table row by row, whatever its format, decided by its content and not its
 * name: XLSX (the first visible sheet, streamed), or CSV in UTF-8 with or without a BOM,
 * separated by commas or semicolons (the header line decides). Text is normalised to NFC.
 * Refuses, with a message code, what it cannot read safely: text that is not UTF-8 (a file saved
 * as Windows-1258 or Latin-1), binary data, Excel 97-2003 files, damaged workbooks and ZIPs that
 * are not workbooks, empty files, files with a header only, files over the row limit, rows over
 * {@value #MAX_COLUMNS} columns, header cells over {@value #MAX_HEADER_LENGTH} characters and
 * cells over Excel's 32,767 ({@link WorkbookGuard} looks inside a workbook before it is read).
 */
public final class SheetReader implements Closeable {

    /** The most columns a row may have. */
    public static final int MAX_COLUMNS = 500;

    /** The longest header cell, in characters. */
    public static final int MAX_HEADER_LENGTH = 200;

    private static final int MAX_CELL_LENGTH = 32_767;

    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Closeable source;

    private final Iterator<SheetRow> rows;

    private final List<String> header;

    private final int headerRow;

    private final String sheetName;

    private final int sheetCount;

    private final int maxRows;

    private SheetRow pending;

    private int read;

    private SheetReader(Closeable source, Iterator<SheetRow> rows, String sheetName, int sheetCount, int maxRows) {
        this.source = source;
        this.rows = rows;
        this.sheetName = sheetName;
        this.sheetCount = sheetCount;
        this.maxRows = maxRows;
        SheetRow first = nextNonBlank();
        if (first == null) {
            throw new ImportFileException("import.file.empty");
        }
        if (first.values().stream().anyMatch(value -> value.length() > MAX_HEADER_LENGTH)) {
            throw new ImportFileException("import.file.headerTooLong", first.number(), MAX_HEADER_LENGTH);
        }
        this.header = first.values();
        this.headerRow = first.number();
        this.pending = nextNonBlank();
        if (pending == null) {
            throw new ImportFileException("import.file.headerOnly");
        }
    }

    /**
     * Opens the file's content; at most {@code maxRows} data rows are read before
     * {@code import.file.tooManyRows} is thrown.
     */
    public static SheetReader open(byte[] content, int maxRows) {
        if (content.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        if (ReadableWorkbook.isOLE2Header(Arrays.copyOf(content, 8))) {
            throw new ImportFileException("import.file.xls");
        }
        if (startsWith(content, ZIP)) {
            return xlsx(content, maxRows);
        }
        return csv(content, maxRows);
    }

    /** Whether the content is a workbook (XLSX) rather than CSV text. */
    public static boolean isWorkbook(byte[] content) {
        return startsWith(content, ZIP);
    }

    /** The header row's cells. */
    public List<String> header() {
        return header;
    }

    public int headerRow() {
        return headerRow;
    }

    /** The sheet read, for a workbook; null for CSV. */
    public String sheetName() {
        return sheetName;
    }

    /** How many sheets the workbook has (only the first visible one is read); 1 for CSV. */
    public int sheetCount() {
        return sheetCount;
    }

    /** The next row that has a value, or null at the end. */
    public SheetRow next() {
        SheetRow row = pending;
        if (row != null) {
            if (++read > maxRows) {
                throw new ImportFileException("import.file.tooManyRows", maxRows);
            }
            pending = nextNonBlank();
        }
        return row;
    }

    @Override
    public void close() {
        try {
            source.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private SheetRow nextNonBlank() {
        try {
            while (rows.hasNext()) {
                SheetRow row = rows.next();
                if (!row.blank()) {
                    return checked(row);
                }
            }
            return null;
        }
        catch (UncheckedIOException | IllegalStateException | ExcelReaderException ex) {
            throw damaged(ex);
        }
    }

    private static SheetRow checked(SheetRow row) {
        if (row.values().size() > MAX_COLUMNS) {
            throw new ImportFileException("import.file.tooManyColumns", MAX_COLUMNS);
        }
        for (String value : row.values()) {
            if (value.length() > MAX_CELL_LENGTH) {
                throw new ImportFileException("import.file.cellTooLong", MAX_CELL_LENGTH);
            }
        }
        return row;
    }

    private ImportFileException damaged(RuntimeException ex) {
        return source instanceof ReadableWorkbook ? new ImportFileException("import.file.badXlsx")
                : new ImportFileException("import.file.badCsv", ex.getMessage() == null ? "" : ex.getMessage());
    }

    private static SheetReader csv(byte[] content, int maxRows) {
        String text = utf8(content);
        int headerEnd = text.indexOf('\n');
        String firstLine = headerEnd < 0 ? text : text.substring(0, headerEnd);
        char separator = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        Reader reader = new StringReader(text);
        try {
            CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
                    .setTrim(true).get().parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            Iterator<SheetRow> rows = new Iterator<>() {

                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public SheetRow next() {
                    CSVRecord record = records.next();
                    List<String> values = new ArrayList<>(record.size());
                    record.forEach(value -> values.add(nfc(value)));
                    return new SheetRow((int) record.getRecordNumber(), values, new BitSet());
                }
            };
            return new SheetReader(parser, rows, null, 1, maxRows);
        }
        catch (IOException ex) {
            throw new ImportFileException("import.file.badCsv", ex.getMessage());
        }
    }

    /** The text in composed form (NFC), as typed on most keyboards; most cells already are. */
    private static String nfc(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /** The text, if the bytes are UTF-8 (a BOM is dropped); otherwise why not. */
    private static String utf8(byte[] content) {
        int probe = Math.min(content.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                throw new ImportFileException("import.file.binary");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(content)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new ImportFileException("import.file.binary");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        catch (CharacterCodingException ex) {
            throw new ImportFileException("import.file.notUtf8");
        }
    }

    private static SheetReader xlsx(byte[] content, int maxRows) {
        WorkbookGuard.check(content);
        ReadableWorkbook workbook = null;
        try {
            workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
            List<Sheet> sheets = workbook.getSheets().toList();
            Sheet sheet = sheets.stream().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).findFirst()
                    .orElseThrow(() -> new ImportFileException("import.file.empty"));
            Stream<Row> stream = sheet.openStream();
            Iterator<Row> source = stream.iterator();
            Iterator<SheetRow> rows = new Iterator<>() {

                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public SheetRow next() {
                    return row(source.next());
                }
            };
            return new SheetReader(workbook, rows, sheet.getName(), sheets.size(), maxRows);
        }
        catch (IOException | UncheckedIOException | IllegalStateException | ExcelReaderException ex) {
            closeQuietly(workbook);
            throw new ImportFileException("import.file.badXlsx");
        }
        catch (ImportFileException ex) {
            closeQuietly(workbook);
            throw ex;
        }
    }

    private static SheetRow row(Row row) {
        List<String> values = new ArrayList<>();
        BitSet formulas = new BitSet();
        for (int column = 0; column < row.getCellCount(); column++) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getType() == CellType.FORMULA) {
                formulas.set(column);
            }
            values.add(text(cell));
        }
        return new SheetRow(row.getRowNum(), values, formulas);
    }

    /** A cell as the user reads it: dates as yyyy-MM-dd, numbers without exponent or trailing zeros. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell) ? ISO_DATE.format(cell.asDate().toLocalDate())
                    : plain(cell.asNumber());
            case STRING -> nfc(cell.asString().trim());
            case BOOLEAN -> cell.asBoolean() ? "TRUE" : "FALSE";
            case FORMULA, ERROR -> cell.getRawValue() == null ? "" : cell.getRawValue().trim();
            case EMPTY -> "";
        };
    }

    private static boolean isDate(Cell cell) {
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        String plain = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
        return plain.contains("d") || plain.contains("y") || (plain.contains("m") && !plain.contains("0"));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            }
            catch (IOException ignored) {
                // the workbook could not be read; closing it is all that is left to do
            }
        }
    }
}
