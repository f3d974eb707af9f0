package vn.bdhvs.campaign.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Reading import files: the formats people send and the ones that must be refused with a reason. */
class SheetReaderTests {

    static final String HEADER = "Họ và tên,Năm sinh,Số CCCD\n";

    @Test
    void shouldReadUtf8CsvWithOrWithoutBomAndEitherSeparator() {
        assertThat(rows(HEADER + "Nguyễn Thị Lan,1980,079180001234\n")).containsExactly(
                List.of("Nguyễn Thị Lan", "1980", "079180001234"));
        assertThat(rows("\uFEFF" + HEADER.replace(',', ';') + "\"Trần; Văn \"\"Bình\"\"\";1975;\n"))
                .containsExactly(List.of("Trần; Văn \"Bình\"", "1975", ""));
    }

    @Test
    void shouldNumberRowsAsExcelShowsThemAndSkipBlankOnes() {
        try (SheetReader reader = SheetReader.open(utf8(HEADER + "A,1980,\n,,\n\nB,1981,\n"), 10)) {
            assertThat(reader.next().number()).isEqualTo(2);
            assertThat(reader.next().number()).isEqualTo(5);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8() {
        assertRefused(HEADER.concat("Nguyễn Thị Lan,1980,\n").getBytes(Charset.forName("windows-1258")),
                "import.file.notUtf8");
        assertRefused(HEADER.concat("Lê Văn Hà,1980,\n").getBytes(StandardCharsets.ISO_8859_1), "import.file.notUtf8");
    }

    @Test
    void shouldRefuseEmptyFilesAndFilesWithAHeaderOnly() {
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(utf8("\n\n"), "import.file.empty");
        assertRefused(utf8(HEADER), "import.file.headerOnly");
    }

    @Test
    void shouldRefuseBinaryDataDressedAsCsv() {
        byte[] binary = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(binary);
        binary[0] = 'H';
        assertRefused(binary, "import.file.binary");
    }

    @Test
    void shouldStopAtTheRowLimit() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 600_000; i++) {
            csv.append("Người ").append(i).append(",1980,\n");
        }
        try (SheetReader reader = SheetReader.open(utf8(csv.toString()), 500_000)) {
            assertThatThrownBy(() -> {
                while (reader.next() != null) {
                    // read to the limit
                }
            }).isInstanceOf(ImportFileException.class).hasFieldOrPropertyWithValue("code", "import.file.tooManyRows");
        }
    }

    @Test
    void shouldReadXlsxCellsAsTextDatesAndNumbersAndMarkFormulas() throws IOException {
        byte[] xlsx = xlsx(sheet -> {
            sheet.value(0, 0, "Họ và tên");
            sheet.value(0, 1, "Ngày");
            sheet.value(0, 2, "Năm sinh");
            sheet.value(0, 3, "Số CCCD");
            sheet.value(1, 0, "Nguyễn Thị Lan");
            sheet.value(1, 1, LocalDate.of(2025, 12, 31));
            sheet.style(1, 1).format("dd/mm/yyyy").set();
            sheet.value(1, 2, 1980);
            sheet.value(1, 3, 79180001234L);
            sheet.formula(2, 0, "CONCATENATE(\"A\",\"B\")");
            sheet.value(2, 2, 1981);
        }, "Danh sách", "Ghi chú");
        try (SheetReader reader = SheetReader.open(xlsx, 10)) {
            assertThat(reader.header()).containsExactly("Họ và tên", "Ngày", "Năm sinh", "Số CCCD");
            assertThat(reader.sheetName()).isEqualTo("Danh sách");
            assertThat(reader.sheetCount()).isEqualTo(2);
            SheetRow first = reader.next();
            assertThat(first.values()).containsExactly("Nguyễn Thị Lan", "2025-12-31", "1980", "79180001234");
            SheetRow second = reader.next();
            assertThat(second.formula(0)).isTrue();
            assertThat(second.formula(2)).isFalse();
        }
    }

    @Test
    void shouldRefuseDamagedWorkbooksAndOldExcelFiles() throws IOException {
        byte[] xlsx = xlsx(sheet -> {
            for (int row = 0; row < 2000; row++) {
                sheet.value(row, 0, "Người học số " + row);
            }
        }, "Trang 1");
        assertRefused(Arrays.copyOf(xlsx, xlsx.length / 2), "import.file.badXlsx");
        byte[] ole2 = new byte[512];
        System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1 }, 0, ole2, 0, 8);
        assertRefused(ole2, "import.file.xls");
    }

    @Test
    void shouldRefuseAZipThatIsNotAWorkbookAsADamagedExcelFile() throws IOException {
        assertRefused(zip("word/document.xml", "<w:document/>"), "import.file.badXlsx");
        assertRefused(zip("xl/workbook.xml", "<workbook/>"), "import.file.badXlsx");
    }

    @Test
    void shouldRefuseCellsLongerThanExcelAllowsBeforeReadingThem() throws IOException {
        // 50 MB of one cell, a few hundred kilobytes zipped: refused from its first 200 KB
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(utf8("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"));
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) 'A');
            for (int i = 0; i < 50; i++) {
                zip.write(chunk);
            }
            zip.write(utf8("</t></is></c></row></sheetData></worksheet>"));
        }
        long start = System.nanoTime();
        assertRefused(out.toByteArray(), "import.file.cellTooLong");
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);

        String long40k = "x".repeat(40_000);
        assertRefusedWhileReading(xlsx(sheet -> {
            sheet.value(0, 0, "Họ và tên");
            sheet.value(1, 0, "Nguyễn Văn A");
            sheet.value(2, 0, long40k);
        }, "Trang 1"), "import.file.cellTooLong");
        assertRefusedWhileReading(utf8(HEADER + "A,1980,\n" + long40k + ",1981,\n"), "import.file.cellTooLong");
    }

    @Test
    void shouldRefuseRowsOfTooManyColumnsAndHeadersTooLongToBeHeaders() throws IOException {
        assertRefused(xlsx(sheet -> {
            for (int column = 0; column < 2_000; column++) {
                sheet.value(0, column, "Cột " + column);
            }
            sheet.value(1, 0, "A");
        }, "Trang 1"), "import.file.tooManyColumns");
        assertRefused(utf8("a,".repeat(SheetReader.MAX_COLUMNS) + "a\nA\n"), "import.file.tooManyColumns");
        assertRefused(utf8("Họ và tên," + "Tiêu đề".repeat(100) + "\nA,1\n"), "import.file.headerTooLong");
        try (SheetReader reader = SheetReader.open(utf8("a,".repeat(SheetReader.MAX_COLUMNS - 1) + "a\nA\n"), 10)) {
            assertThat(reader.header()).hasSize(SheetReader.MAX_COLUMNS);
        }
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(utf8(text));
        }
        return out.toByteArray();
    }

    private static void assertRefusedWhileReading(byte[] content, String code) {
        assertThatThrownBy(() -> {
            try (SheetReader reader = SheetReader.open(content, 10)) {
                while (reader.next() != null) {
                    // every row read
                }
            }
        }).isInstanceOf(ImportFileException.class).hasFieldOrPropertyWithValue("code", code);
    }

    interface SheetWriter {

        void write(Worksheet sheet);
    }

    static byte[] xlsx(SheetWriter writer, String... sheetNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        writer.write(workbook.newWorksheet(sheetNames[0]));
        for (int i = 1; i < sheetNames.length; i++) {
            workbook.newWorksheet(sheetNames[i]).value(0, 0, "khác");
        }
        workbook.finish();
        return out.toByteArray();
    }

    private static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (SheetReader reader = SheetReader.open(utf8(csv), 10)) {
            for (SheetRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row.values());
            }
        }
        return rows;
    }

    private static void assertRefused(byte[] content, String code) {
        assertThatThrownBy(() -> SheetReader.open(content, 10).close()).isInstanceOf(ImportFileException.class)
                .hasFieldOrPropertyWithValue("code", code);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
