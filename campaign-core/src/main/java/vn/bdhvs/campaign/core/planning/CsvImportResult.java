package vn.bdhvs.campaign.core.planning;

import java.util.List;

import vn.bdhvs.campaign.core.common.Message;

/**
 * A CSV upload: per-line errors (then nothing was saved; only the first lines are listed, {@code
 * errorCount} tells how many there were), or the rows saved and warnings.
 */
public record CsvImportResult(List<LineError> errors, int errorCount, int saved, List<Message> warnings) {

    public CsvImportResult(List<LineError> errors, int saved, List<Message> warnings) {
        this(errors, errors.size(), saved, warnings);
    }

    public record LineError(int line, Message message) {
    }

    public boolean success() {
        return errors.isEmpty();
    }
}
