package vn.bdhvs.campaign.core.learners;

import java.util.List;
import java.util.Map;

/**
 * What importing some learner rows would do: per row, create, update (gender, group or phone
 * differ) or leave unchanged, and the rows that cannot be imported with the reason's code.
 */
public record LearnerImportCheck(List<Integer> creates, List<Integer> updates, List<Integer> unchanged,
        Map<Integer, String> refused) {

    public LearnerImportCheck {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        unchanged = List.copyOf(unchanged);
        refused = Map.copyOf(refused);
    }
}
