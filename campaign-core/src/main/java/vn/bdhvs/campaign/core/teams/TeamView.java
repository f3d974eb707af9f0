package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

/** A community team with the totals of its activity reports. */
public record TeamView(long id, TeamKind kind, String name, int members, LocalDate establishedOn, int reports,
        long peopleGuided, long dossiersSupported, long eventsHeld, long digitalAmbassadors, long ambassadorGuided) {
}
