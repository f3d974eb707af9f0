package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

/**
 * A team reported an activity on {@code date}: {@code peopleGuided} counts everyone guided, by the
 * team and by its digital ambassadors.
 */
public record ActivityReported(long activityId, long teamId, long communeId, LocalDate date, long dossiersSupported,
        long peopleGuided) {
}
