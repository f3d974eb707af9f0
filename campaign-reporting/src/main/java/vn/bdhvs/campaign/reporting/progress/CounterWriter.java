package vn.bdhvs.campaign.reporting.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.classes.ClassFinished;
import vn.bdhvs.campaign.core.learners.CompletionUndone;
import vn.bdhvs.campaign.core.learners.LearnerCompleted;
import vn.bdhvs.campaign.core.learners.LearnersProgressed;
import vn.bdhvs.campaign.core.learners.VneidConfirmationUndone;
import vn.bdhvs.campaign.core.learners.VneidConfirmed;
import vn.bdhvs.campaign.core.teams.ActivityDeleted;
import vn.bdhvs.campaign.core.teams.ActivityReported;
import vn.bdhvs.campaign.core.teams.TeamRegistered;
import vn.bdhvs.campaign.core.teams.TeamsImported;

/**
 * Follows the facts the features raise and moves the counters, synchronously, in the
 * transaction of the write that raised them: a rolled-back write leaves no trace in the counters.
 * A learner counts once, in the month of their first completion (and first VNeID confirmation):
 * when that date moves, one month loses the learner and another gains them.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class CounterWriter {

    private final Counters counters;

    CounterWriter(Counters counters) {
        this.counters = counters;
    }

    @EventListener
    void on(LearnerCompleted e) {
        counters.apply(moved(e.communeId(), e.groupId(), ProgressMetric.TRAINED, e.firstBefore(), e.firstAfter()));
    }

    @EventListener
    void on(CompletionUndone e) {
        counters.apply(moved(e.communeId(), e.groupId(), ProgressMetric.TRAINED, e.firstBefore(), e.firstAfter()));
    }

    @EventListener
    void on(VneidConfirmed e) {
        counters.apply(moved(e.communeId(), e.groupId(), ProgressMetric.VNEID_CONFIRMED, e.firstBefore(),
                e.firstAfter()));
    }

    @EventListener
    void on(VneidConfirmationUndone e) {
        counters.apply(moved(e.communeId(), e.groupId(), ProgressMetric.VNEID_CONFIRMED, e.firstBefore(),
                e.firstAfter()));
    }

    @EventListener
    void on(LearnersProgressed e) {
        List<Counters.Delta> deltas = new ArrayList<>();
        for (LearnersProgressed.Change c : e.changes()) {
            deltas.addAll(moved(c.communeId(), c.groupId(), ProgressMetric.TRAINED, c.completedBefore(),
                    c.completedAfter()));
            deltas.addAll(moved(c.communeId(), c.groupId(), ProgressMetric.VNEID_CONFIRMED, c.vneidBefore(),
                    c.vneidAfter()));
        }
        counters.apply(deltas);
    }

    @EventListener
    void on(ClassFinished e) {
        counters.apply(List.of(new Counters.Delta(e.communeId(), null, e.finishedOn(), ProgressMetric.CLASSES_HELD, 1)));
    }

    @EventListener
    void on(TeamRegistered e) {
        counters.apply(List.of(new Counters.Delta(e.communeId(), null, e.registeredOn(), ProgressMetric.TEAMS, 1),
                new Counters.Delta(e.communeId(), null, e.registeredOn(), ProgressMetric.TEAM_MEMBERS, e.members())));
    }

    @EventListener
    void on(ActivityReported e) {
        counters.apply(activity(e.communeId(), e.date(), e.dossiersSupported(), e.peopleGuided(), 1));
    }

    @EventListener
    void on(TeamsImported e) {
        List<Counters.Delta> deltas = new ArrayList<>();
        for (TeamsImported.TeamChange t : e.teams()) {
            if (t.before() != null) {
                deltas.add(new Counters.Delta(t.communeId(), null, t.before(), ProgressMetric.TEAMS, -1));
                deltas.add(new Counters.Delta(t.communeId(), null, t.before(), ProgressMetric.TEAM_MEMBERS,
                        -t.membersBefore()));
            }
            deltas.add(new Counters.Delta(t.communeId(), null, t.after(), ProgressMetric.TEAMS, 1));
            deltas.add(new Counters.Delta(t.communeId(), null, t.after(), ProgressMetric.TEAM_MEMBERS, t.membersAfter()));
        }
        for (TeamsImported.ActivityChange a : e.activities()) {
            deltas.addAll(activity(a.communeId(), a.date(), a.dossiersSupported(), a.peopleGuided(), 1));
        }
        counters.apply(deltas);
    }

    @EventListener
    void on(ActivityDeleted e) {
        counters.apply(activity(e.communeId(), e.date(), e.dossiersSupported(), e.peopleGuided(), -1));
    }

    /** A counted date moving from {@code before} to {@code after} (either may be null): -1 and +1. */
    static List<Counters.Delta> moved(long communeId, long groupId, ProgressMetric metric, LocalDate before,
            LocalDate after) {
        List<Counters.Delta> deltas = new ArrayList<>();
        if (before != null && before.equals(after)) {
            return deltas;
        }
        if (before != null) {
            deltas.add(new Counters.Delta(communeId, groupId, before, metric, -1));
        }
        if (after != null) {
            deltas.add(new Counters.Delta(communeId, groupId, after, metric, 1));
        }
        return deltas;
    }

    private static List<Counters.Delta> activity(long communeId, LocalDate date, long dossiers, long guided,
            int sign) {
        return List.of(new Counters.Delta(communeId, null, date, ProgressMetric.DOSSIERS_SUPPORTED, sign * dossiers),
                new Counters.Delta(communeId, null, date, ProgressMetric.PEOPLE_GUIDED, sign * guided));
    }
}
