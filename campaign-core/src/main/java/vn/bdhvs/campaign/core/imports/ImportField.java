package vn.bdhvs.campaign.core.imports;

import java.util.List;

import vn.bdhvs.campaign.core.geography.VietnameseNames;

/**
 * A column an import reads: its key, the template's Vietnamese header, other headers people use
 * for it, whether every row needs it, and the template's example value.
 */
public record ImportField(String key, String header, List<String> aliases, boolean required, String example) {

    public ImportField {
        aliases = List.copyOf(aliases);
    }

    /** Whether a file's header names this field: case, spaces, punctuation and marks do not matter. */
    public boolean matches(String fileHeader) {
        String wanted = headerKey(fileHeader);
        return wanted != null && (wanted.equals(headerKey(header)) || aliases.stream().map(ImportField::headerKey)
                .anyMatch(wanted::equals));
    }

    static String headerKey(String header) {
        String folded = VietnameseNames.folded(header == null ? null : header.replaceAll("[^\\p{L}\\p{N}]+", " "));
        return folded == null ? null : folded.replace(" ", "");
    }
}
