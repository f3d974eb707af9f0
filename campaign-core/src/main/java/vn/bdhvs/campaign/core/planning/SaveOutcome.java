package vn.bdhvs.campaign.core.planning;

import java.util.Map;

import vn.bdhvs.campaign.core.common.Message;

/**
 * The result of saving a grid or form: errors and warnings by cell key. Nothing is saved when
 * there is an error, or a warning the user has not confirmed ({@code needsConfirmation}).
 */
public record SaveOutcome(Map<String, Message> errors, Map<String, Message> warnings, int saved,
        boolean needsConfirmation) {

    public SaveOutcome {
        errors = Map.copyOf(errors);
        warnings = Map.copyOf(warnings);
    }

    public boolean success() {
        return errors.isEmpty() && !needsConfirmation;
    }
}
