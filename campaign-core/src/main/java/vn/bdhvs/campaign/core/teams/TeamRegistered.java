package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

/** A team of {@code members} people was registered in a commune; it counts from {@code registeredOn}. */
public record TeamRegistered(long teamId, long communeId, LocalDate registeredOn, int members) {
}
