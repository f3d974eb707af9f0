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

    private void scan(InputStream part, boolean cells) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        boolean inTag = false;
        int run = 0;
        // the first bytes of the current tag's name, to tell <row> and <c> apart
        int nameLength = 0;
        byte first = 0;
        byte second = 0;
        byte third = 0;
        boolean nameDone = false;
        int rowCells = 0;
        for (int read = part.read(buffer); read > 0; read = part.read(buffer)) {
            inflated += read;
            if (inflated > MAX_INFLATED_BYTES) {
                throw new ImportFileException("import.file.tooLargeInside");
            }
            if (!cells) {
                continue;
            }
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '<') {
                    inTag = true;
                    run = 0;
                    nameLength = 0;
                    nameDone = false;
                    continue;
                }
                if (++run > MAX_RUN_BYTES) {
                    throw new ImportFileException("import.file.cellTooLong", 32_767);
                }
                if (!inTag) {
                    continue;
                }
                if (b == '>') {
                    inTag = false;
                    run = 0;
                }
                if (!nameDone) {
                    if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r' || nameLength == 3) {
                        nameDone = true;
                        if (nameLength == 1 && first == 'c' && ++rowCells > SheetReader.MAX_COLUMNS) {
                            throw new ImportFileException("import.file.tooManyColumns", SheetReader.MAX_COLUMNS);
                        }
                        if (nameLength == 3 && first == 'r' && second == 'o' && third == 'w') {
                            rowCells = 0;
                        }
                    }
                    else {
                        switch (nameLength++) {
                            case 0 -> first = b;
                            case 1 -> second = b;
                            default -> third = b;
                        }
                    }
                }
            }
        }
    }
}
