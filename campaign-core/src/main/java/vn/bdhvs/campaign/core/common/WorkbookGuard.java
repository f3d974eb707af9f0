package vn.bdhvs.campaign.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Looks through an XLSX file's parts before a workbook reader sees them, and refuses what no
 * spreadsheet program writes but a hostile file can: parts that inflate beyond
 * {@value #MAX_INFLATED_BYTES} bytes, a cell or tag longer than Excel allows (32,767 characters),
 * a row with more than {@link SheetReader#MAX_COLUMNS} cells, or a ZIP that is not a workbook at
 * all (a .docx, an archive renamed). One pass over the inflated bytes, without parsing XML and
 * without keeping them.
 */
final class WorkbookGuard {

    /** All parts together, inflated: ten times what a 500,000-row sheet takes. */
    static final long MAX_INFLATED_BYTES = 2L * 1024 * 1024 * 1024;

    /** The longest text or tag, in bytes: Excel's 32,767 characters, escaped and in UTF-8. */
    static final int MAX_RUN_BYTES = 32_767 * 6;

    private long inflated;

    private WorkbookGuard() {
    }

    /** Refuses the workbook with an {@link ImportFileException} if it is not one a person could have saved. */
    static void check(byte[] content) {
        WorkbookGuard guard = new WorkbookGuard();
        boolean workbook = false;
        // read by its central directory, as the workbook reader will read it
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String name = entry.getName();
                workbook |= name.equals("xl/workbook.xml");
                boolean cells = name.startsWith("xl/worksheets/") || name.equals("xl/sharedStrings.xml");
                try (InputStream part = zip.getInputStream(entry)) {
                    guard.scan(part, cells);
                }
            }
        }
        catch (ImportFileException ex) {
            throw ex;
        }
        catch (IOException | RuntimeException ex) {
            throw new ImportFileException("import.file.badXlsx");
        }
        if (!workbook) {
            throw new ImportFileException("import.file.badXlsx");
        }
    }

    /** Inflates the part, counting its bytes; a part with cells is read through a {@link CellScan}. */
    private void scan(InputStream part, boolean cells) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        CellScan scan = cells ? new CellScan() : null;
        for (int read = part.read(buffer); read > 0; read = part.read(buffer)) {
            inflated += read;
            if (inflated > MAX_INFLATED_BYTES) {
                throw new ImportFileException("import.file.tooLargeInside");
            }
            if (scan != null) {
                for (int i = 0; i < read; i++) {
                    scan.accept(buffer[i]);
                }
            }
        }
    }

    /**
     * One part's XML, byte by byte: the length of each text or tag, and the cells ({@code <c>})
     * of each row ({@code <row>}), told apart by the first bytes of the tag's name.
     */
    private static final class CellScan {

        private boolean inTag;

        private boolean nameRead;

        private int run;

        /** The tag name's length so far (up to 4) and its first three bytes. */
        private int nameLength;

        private final byte[] name = new byte[3];

        private int rowCells;

        void accept(byte b) {
            if (b == '<') {
                inTag = true;
                nameRead = false;
                nameLength = 0;
                run = 0;
                return;
            }
            if (++run > MAX_RUN_BYTES) {
                throw new ImportFileException("import.file.cellTooLong", 32_767);
            }
            if (!inTag) {
                return;
            }
            if (!nameRead) {
                readName(b);
            }
            if (b == '>') {
                inTag = false;
                run = 0;
            }
        }

        private void readName(byte b) {
            boolean ends = b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r';
            if (!ends && nameLength < 3) {
                name[nameLength++] = b;
                return;
            }
            nameRead = true;
            if (ends && nameLength == 1 && name[0] == 'c' && ++rowCells > SheetReader.MAX_COLUMNS) {
                throw new ImportFileException("import.file.tooManyColumns", SheetReader.MAX_COLUMNS);
            }
            if (ends && nameLength == 3 && name[0] == 'r' && name[1] == 'o' && name[2] == 'w') {
                rowCells = 0;
            }
        }
    }
}
