package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

/** A team as an import file gives it, checked cell by cell: {@code row} is the file's row number. */
public record TeamRow(int row, long communeId, TeamKind kind, String name, int members, LocalDate establishedOn) {
}
