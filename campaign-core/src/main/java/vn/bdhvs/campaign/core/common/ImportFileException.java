package vn.bdhvs.campaign.core.common;

/** The file as a whole cannot be imported (encoding, format, size, no rows); nothing was read into the database. */
public class ImportFileException extends DomainException {

    public ImportFileException(String code, Object... args) {
        super(code, args);
    }
}
