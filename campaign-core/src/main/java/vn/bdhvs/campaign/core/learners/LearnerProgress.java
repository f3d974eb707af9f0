package vn.bdhvs.campaign.core.learners;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.common.MonthlyCount;

/**
 * A learner's progress as other features record and count it. The classes feature reports
 * completions and VNeID confirmations here, in its own transaction and after its own scope checks;
 * the learner raises the events the progress counters follow. The progress engine rebuilds its
 * counters from the monthly counts.
 */
@Component
public class LearnerProgress {

    private final LearnerRepository learners;

    private final JdbcClient jdbc;

    LearnerProgress(LearnerRepository learners, JdbcClient jdbc) {
        this.learners = learners;
        this.jdbc = jdbc;
    }

    @Transactional
    public void completed(long learnerId, LocalDate on) {
        change(learnerId, learner -> learner.complete(on));
    }

    /** After a completion was withdrawn: {@code earliestRemaining} is the learner's earliest completion left. */
    @Transactional
    public void completionUndone(long learnerId, LocalDate earliestRemaining) {
        change(learnerId, learner -> learner.undoCompletion(earliestRemaining));
    }

    @Transactional
    public void vneidConfirmed(long learnerId, LocalDate on) {
        change(learnerId, learner -> learner.confirmVneid(on));
    }

    /** After a VNeID confirmation was withdrawn: {@code earliestRemaining} is the earliest left. */
    @Transactional
    public void vneidConfirmationUndone(long learnerId, LocalDate earliestRemaining) {
        change(learnerId, learner -> learner.undoVneidConfirmation(earliestRemaining));
    }

    /** Learners by commune, group and month of their first completion. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> firstCompletionsByMonth() {
        return byMonth("first_completed_on");
    }

    /** Learners by commune, group and month of their first VNeID confirmation. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> firstVneidConfirmationsByMonth() {
        return byMonth("vneid_confirmed_on");
    }

    private List<MonthlyCount> byMonth(String column) {
        return jdbc.sql("select commune_id, group_id, date_trunc('month', " + column + ")::date, count(*) from learner"
                + " where " + column + " is not null group by 1, 2, 3")
                .query((rs, n) -> new MonthlyCount(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4)))
                .list();
    }

    /** Saving publishes the events the change raised. */
    private void change(long learnerId, Consumer<Learner> change) {
        Learner learner = learners.findById(learnerId).orElseThrow();
        change.accept(learner);
        learners.save(learner);
    }
}
