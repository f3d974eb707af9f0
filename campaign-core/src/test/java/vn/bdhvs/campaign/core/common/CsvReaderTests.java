package vn.bdhvs.campaign.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvReaderTests {

    @Test
    void shouldReadExcelCsvRowByRowWithTheLineEachRowStartsOn() {
        String csv = "\uFEFFa;b;c\r\n1;\"x;\"\"y\"\"\";3\r\n\r\n\"multi\nline\";5;6\n  \nlast;7;8";
        List<String> lines = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(stream(csv))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
                lines.add(String.valueOf(reader.line()));
            }
        }
        assertThat(rows).containsExactly(List.of("a", "b", "c"), List.of("1", "x;\"y\"", "3"),
                List.of("multi\nline", "5", "6"), List.of("last", "7", "8"));
        assertThat(lines).containsExactly("1", "2", "4", "7");
    }

    @Test
    void shouldChooseTheCommaWhenTheFirstLineHasMoreCommasAndReplaceBrokenBytes() {
        byte[] content = { 'a', ',', 'b', ';', '\n', (byte) 0xC3, ',', '2', '\n' };
        assertThat(CsvReader.read(content)).containsExactly(List.of("a", "b;"), List.of("\uFFFD", "2"));
    }

    @Test
    void shouldStopReadingWhereTheCallerStops() {
        int[] served = new int[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return "1,2\n".charAt(served[0] % 4);
            }
        };
        try (CsvReader reader = CsvReader.open(endless)) {
            for (int i = 0; i < 10; i++) {
                assertThat(reader.next()).hasSize(2);
            }
        }
        assertThat(served[0]).isLessThan(64 * 1024 + 8192 + 100);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
