package vn.bdhvs.campaign.core.geography;

import vn.bdhvs.campaign.core.common.DomainException;

/** The uploaded reference-data file does not have the expected shape; nothing was changed. */
public class ReferenceDataException extends DomainException {

    public ReferenceDataException(String code, Object... args) {
        super(code, args);
    }
}
