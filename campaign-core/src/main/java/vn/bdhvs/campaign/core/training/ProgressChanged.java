package vn.bdhvs.campaign.core.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Published, inside the writing transaction, by every write that changes what the progress
 * engine counts. The reporting module applies the deltas to its counters in the same
 * transaction, so counters and raw data commit or roll back together.
 */
public record ProgressChanged(List<Delta> deltas) {

    public ProgressChanged {
        deltas = List.copyOf(deltas);
    }

    /** {@code groupId} is null for metrics not broken down by target group. */
    public record Delta(long communeId, Long groupId, LocalDate date, ProgressMetric metric, long amount) {
    }

    /** Collects the deltas of one write: a date moving from {@code before} to {@code after} counts -1 / +1. */
    static final class Builder {

        private final List<Delta> deltas = new ArrayList<>();

        Builder moved(long communeId, Long groupId, ProgressMetric metric, LocalDate before, LocalDate after,
                long amount) {
            if (amount == 0 || (before != null && before.equals(after))) {
                return this;
            }
            if (before != null) {
                deltas.add(new Delta(communeId, groupId, before, metric, -amount));
            }
            if (after != null) {
                deltas.add(new Delta(communeId, groupId, after, metric, amount));
            }
            return this;
        }

        /** Publishes the deltas, if there are any, to the listeners in the current transaction. */
        void publishTo(ApplicationEventPublisher events) {
            if (!deltas.isEmpty()) {
                events.publishEvent(new ProgressChanged(deltas));
            }
        }
    }
}
