package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;
import java.util.List;

/**
 * Teams and activity reports created or changed at once (an import): one fact for all, so that the
 * counters move with one set-based write.
 */
public record TeamsImported(List<TeamChange> teams, List<ActivityChange> activities) {

    public TeamsImported {
        teams = List.copyOf(teams);
        activities = List.copyOf(activities);
    }

    /** A team counted from {@code before} with its members, now from {@code after} (before is null for a new team). */
    public record TeamChange(long communeId, LocalDate before, int membersBefore, LocalDate after, int membersAfter) {
    }

    /** An activity's figures changed by these amounts (the whole figures for a new report). */
    public record ActivityChange(long communeId, LocalDate date, long dossiersSupported, long peopleGuided) {
    }
}
