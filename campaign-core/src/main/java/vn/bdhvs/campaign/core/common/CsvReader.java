package vn.bdhvs.campaign.core.common;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as Excel writes it: UTF-8 with or without a BOM, comma or semicolon separated (the
 * first line decides), fields optionally in double quotes with "" for a quote, CRLF or LF.
 *
 * <p>Row by row from a stream, so that an import can stop at its row limit without holding the
 * whole file: {@link #open(InputStream)}, then {@link #next()} until it answers null.
 */
public final class CsvReader implements Closeable {

    /** How far the first line is read to choose the separator. */
    private static final int SEPARATOR_SAMPLE = 64 * 1024;

    private final Reader in;

    private final String head;

    private final char separator;

    private int headPosition;

    private int pushedBack = -1;

    private int physicalLine = 1;

    private int rowLine;

    private boolean finished;

    private CsvReader(Reader in) throws IOException {
        this.in = in;
        StringBuilder sample = new StringBuilder();
        int c = in.read();
        if (c != '\uFEFF' && c >= 0) {
            sample.append((char) c);
        }
        while (sample.length() < SEPARATOR_SAMPLE && (sample.isEmpty() || sample.charAt(sample.length() - 1) != '\n')
                && (c = in.read()) >= 0) {
            sample.append((char) c);
        }
        this.head = sample.toString();
        long semicolons = head.chars().filter(ch -> ch == ';').count();
        long commas = head.chars().filter(ch -> ch == ',').count();
        this.separator = semicolons > commas ? ';' : ',';
    }

    /** A reader of the stream; undecodable bytes become U+FFFD rather than an exception. */
    public static CsvReader open(InputStream content) {
        try {
            return new CsvReader(new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE))));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Every non-blank row of a small file at once. */
    public static List<List<String>> read(byte[] content) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = open(new ByteArrayInputStream(content))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The next row that is not blank, or null at the end of the file. */
    public List<String> next() {
        try {
            while (!finished) {
                List<String> row = readRow();
                if (row.stream().anyMatch(value -> !value.isEmpty())) {
                    return row;
                }
            }
            return null;
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The line of the file on which the row last returned by {@link #next()} starts (1 for the first). */
    public int line() {
        return rowLine;
    }

    @Override
    public void close() {
        try {
            in.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private List<String> readRow() throws IOException {
        rowLine = physicalLine;
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int c = read(); ; c = read()) {
            if (c < 0) {
                finished = true;
                row.add(field.toString().trim());
                return row;
            }
            if (c == '\n') {
                physicalLine++;
            }
            if (quoted) {
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    }
                    else {
                        quoted = false;
                        unread(following);
                    }
                }
                else {
                    field.append((char) c);
                }
            }
            else if (c == '"' && field.isEmpty()) {
                quoted = true;
            }
            else if (c == separator) {
                row.add(field.toString().trim());
                field.setLength(0);
            }
            else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    physicalLine++;
                    int following = read();
                    if (following != '\n') {
                        unread(following);
                    }
                }
                row.add(field.toString().trim());
                return row;
            }
            else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -1) {
            int c = pushedBack;
            pushedBack = -1;
            return c;
        }
        if (headPosition < head.length()) {
            return head.charAt(headPosition++);
        }
        return in.read();
    }

    private void unread(int c) {
        if (c >= 0) {
            pushedBack = c;
        }
    }
}
