package vn.bdhvs.campaign.reporting.export;

/** The files a report is exported as. */
public enum ReportFormat {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;

    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of a file extension ("xlsx", "pdf", "csv"), or null. */
    public static ReportFormat ofExtension(String extension) {
        for (ReportFormat format : values()) {
            if (format.extension.equalsIgnoreCase(extension)) {
                return format;
            }
        }
        return null;
    }
}
