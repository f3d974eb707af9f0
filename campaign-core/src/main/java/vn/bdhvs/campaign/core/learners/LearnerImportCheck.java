package vn.bdhvs.campaign.core.learners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing some rows about learners would do: per row, create, update or leave unchanged,
 * and the rows that cannot be imported with the reason's code.
 */
public record LearnerImportCheck(List<Integer> creates, List<Integer> updates, List<Integer> unchanged,
        Map<Integer, String> refused) {

    public LearnerImportCheck {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        unchanged = List.copyOf(unchanged);
        refused = Map.copyOf(refused);
    }

    /** Collects a check as the rows are classified. */
    static final class Builder {

        final List<Integer> creates = new ArrayList<>();

        final List<Integer> updates = new ArrayList<>();

        final List<Integer> unchanged = new ArrayList<>();

        final Map<Integer, String> refused = new LinkedHashMap<>();

        LearnerImportCheck build() {
            return new LearnerImportCheck(creates, updates, unchanged, refused);
        }
    }
}
