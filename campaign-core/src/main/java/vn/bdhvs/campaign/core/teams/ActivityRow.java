package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

/** An activity report as an import file gives it, for the team of that name in the row's commune. */
public record ActivityRow(int row, long communeId, String teamName, LocalDate date, String title, int peopleGuided,
        int dossiersSupported, int eventsHeld, int digitalAmbassadors, int ambassadorGuided) {
}
