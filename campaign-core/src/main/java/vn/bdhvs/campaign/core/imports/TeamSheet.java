package vn.bdhvs.campaign.core.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.teams.TeamImport;
import vn.bdhvs.campaign.core.teams.TeamKind;
import vn.bdhvs.campaign.core.teams.TeamRow;

/**
 * A teams file: community digital technology teams and youth volunteer teams, with their number
 * of members and the day they were established. The same team (commune and name) twice is an error.
 */
final class TeamSheet extends KindSheet {

    /** The kinds of team by the words people write for them, folded. */
    private static final Map<String, TeamKind> KINDS = Map.of("to cong nghe so cong dong", TeamKind.DIGITAL_TECH,
            "to cong nghe so", TeamKind.DIGITAL_TECH, "cong nghe so", TeamKind.DIGITAL_TECH, "digital tech",
            TeamKind.DIGITAL_TECH, "doi thanh nien tinh nguyen", TeamKind.YOUTH_VOLUNTEER, "thanh nien tinh nguyen",
            TeamKind.YOUTH_VOLUNTEER, "tinh nguyen", TeamKind.YOUTH_VOLUNTEER, "youth volunteer",
            TeamKind.YOUTH_VOLUNTEER);

    private final CommuneCells communes;

    private final TeamImport teams;

    private final LocalDate today;

    private final List<TeamRow> rows = new ArrayList<>();

    TeamSheet(List<String> header, ColumnMapping mapping, CommuneCells communes, TeamImport teams, LocalDate today) {
        super(ImportKind.TEAMS, header, mapping);
        this.communes = communes;
        this.teams = teams;
        this.today = today;
    }

    @Override
    void read(SheetRow row) {
        int before = errors.size();
        Long communeId = commune(row, communes);
        String name = cell(row, "teamName", value -> CellValues.text(value, 200));
        TeamKind kind = cell(row, "teamKind", TeamSheet::kind);
        Integer members = cell(row, "members", value -> CellValues.count(value, 10_000));
        LocalDate establishedOn = cell(row, "establishedOn", value -> {
            LocalDate date = CellValues.date(value);
            TeamImport.registeredOn(date, today);
            return date;
        });
        if (errors.size() > before || duplicate(row, communeId + ":" + VietnameseNames.key(name))) {
            return;
        }
        rows.add(new TeamRow(row.number(), communeId, kind, name, members, establishedOn));
    }

    static TeamKind kind(String value) {
        TeamKind kind = KINDS.get(VietnameseNames.folded(value.replace('_', ' ')));
        if (kind == null) {
            throw new DomainException("import.value.teamKind", value);
        }
        return kind;
    }

    @Override
    ImportCheck check(Actor actor) {
        return teams.checkTeams(rows);
    }

    @Override
    void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        teams.applyTeams(rows, check, skipped);
    }
}
