package vn.bdhvs.campaign.reporting.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.classes.ClassProgress;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.learners.LearnerProgress;
import vn.bdhvs.campaign.core.teams.TeamProgress;

/**
 * Rebuilds every counter from the raw rows, in one transaction. The incremental counters must
 * always equal what this computes; ProgressRecomputeTests proves it after random writes.
 */
@Service
public class ProgressRecompute {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecompute.class);

    private final Counters counters;

    private final LearnerProgress learners;

    private final ClassProgress classes;

    private final TeamProgress teams;

    private final AuditLog audit;

    ProgressRecompute(Counters counters, LearnerProgress learners, ClassProgress classes, TeamProgress teams,
            AuditLog audit) {
        this.counters = counters;
        this.learners = learners;
        this.classes = classes;
        this.teams = teams;
        this.audit = audit;
    }

    /** An ADMIN's recompute from the web. */
    @Transactional
    public int recompute(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("progress.recompute");
        }
        int rows = recomputeAll();
        audit.record(actor.username(), "RECOMPUTE", "progress_counter", "all", null, Map.of("rows", rows));
        return rows;
    }

    /** Rebuilds all counters from the counts of the features that own the raw rows; returns the number of counters. */
    @Transactional
    public int recomputeAll() {
        List<Counters.Delta> counts = new ArrayList<>();
        counts.addAll(Counters.deltas(ProgressMetric.TRAINED, learners.firstCompletionsByMonth()));
        counts.addAll(Counters.deltas(ProgressMetric.VNEID_CONFIRMED, learners.firstVneidConfirmationsByMonth()));
        counts.addAll(Counters.deltas(ProgressMetric.CLASSES_HELD, classes.finishedByMonth()));
        counts.addAll(Counters.deltas(ProgressMetric.TEAMS, teams.teamsByMonth()));
        counts.addAll(Counters.deltas(ProgressMetric.TEAM_MEMBERS, teams.membersByMonth()));
        counts.addAll(Counters.deltas(ProgressMetric.DOSSIERS_SUPPORTED, teams.dossiersByMonth()));
        counts.addAll(Counters.deltas(ProgressMetric.PEOPLE_GUIDED, teams.peopleGuidedByMonth()));
        int rows = counters.replaceAll(counts);
        log.info("Progress counters recomputed: {} rows", rows);
        return rows;
    }
}
