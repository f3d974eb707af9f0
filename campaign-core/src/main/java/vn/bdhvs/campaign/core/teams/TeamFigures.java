package vn.bdhvs.campaign.core.teams;

/** A commune's teams, their members, and what their activities reported. */
public record TeamFigures(int teams, int members, long peopleGuided, long dossiersSupported) {
}
