package vn.bdhvs.campaign.core.planning;

import java.util.List;

import vn.bdhvs.campaign.core.common.Message;

/** A CSV upload: per-line errors (then nothing was saved), or the rows saved and warnings. */
public record CsvImportResult(List<LineError> errors, int saved, List<Message> warnings) {

    public record LineError(int line, Message message) {
    }

    public boolean success() {
        return errors.isEmpty();
    }
}
