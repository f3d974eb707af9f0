package vn.bdhvs.campaign.core.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing some rows would do, as the feature that owns the data decided it: per row
 * (numbered as in the file), create, update or leave unchanged, and the rows that cannot be
 * imported with the reason's message code.
 */
public record ImportCheck(List<Integer> creates, List<Integer> updates, List<Integer> unchanged,
        Map<Integer, String> refused) {

    public ImportCheck {
        creates = List.copyOf(creates);
        updates = List.copyOf(updates);
        unchanged = List.copyOf(unchanged);
        refused = Map.copyOf(refused);
    }

    /** Collects a check as the rows are classified. */
    public static final class Builder {

        public final List<Integer> creates = new ArrayList<>();

        public final List<Integer> updates = new ArrayList<>();

        public final List<Integer> unchanged = new ArrayList<>();

        public final Map<Integer, String> refused = new LinkedHashMap<>();

        public ImportCheck build() {
            return new ImportCheck(creates, updates, unchanged, refused);
        }
    }
}
