package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

/** An activity report entered by mistake was deleted: what it counted no longer counts. */
public record ActivityDeleted(long activityId, long teamId, long communeId, LocalDate date, long dossiersSupported,
        long peopleGuided) {
}
