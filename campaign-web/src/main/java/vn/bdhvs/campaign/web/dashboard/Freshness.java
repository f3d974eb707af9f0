package vn.bdhvs.campaign.web.dashboard;

import java.time.Duration;

/**
 * How long ago the figures last changed, in the unit a reader takes in at a glance: seconds up to
 * two minutes, then minutes, hours from two hours, days from two days. {@code unit} indexes the
 * message's choice: 0 seconds, 1 minutes, 2 hours, 3 days.
 */
record Freshness(long amount, int unit) {

    static Freshness of(Duration ago) {
        long seconds = Math.max(0, ago.toSeconds());
        if (seconds < 120) {
            return new Freshness(seconds, 0);
        }
        if (seconds < 2 * 3600) {
            return new Freshness(seconds / 60, 1);
        }
        if (seconds < 2 * 86400) {
            return new Freshness(seconds / 3600, 2);
        }
        return new Freshness(seconds / 86400, 3);
    }
}
