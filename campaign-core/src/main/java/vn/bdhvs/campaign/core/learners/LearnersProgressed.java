package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;
import java.util.List;

/**
 * Many learners' first completion and first VNeID confirmation moved at once (an import): one
 * fact for all, so that the counters move with one set-based write.
 */
public record LearnersProgressed(List<Change> changes) {

    public LearnersProgressed {
        changes = List.copyOf(changes);
    }

    /** One learner's dates before and after (null: none). */
    public record Change(long communeId, long groupId, LocalDate completedBefore, LocalDate completedAfter,
            LocalDate vneidBefore, LocalDate vneidAfter) {
    }
}
