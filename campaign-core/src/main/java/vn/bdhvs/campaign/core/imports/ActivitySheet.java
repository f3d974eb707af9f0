package vn.bdhvs.campaign.core.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import vn.bdhvs.campaign.core.common.SheetRow;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.ImportCheck;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.teams.ActivityRow;
import vn.bdhvs.campaign.core.teams.TeamImport;

/**
 * A file of the teams' activity reports: team (by name, in the row's commune), day, title and the
 * figures; an empty figure is 0. The same report (team, day, title) twice is an error.
 */
final class ActivitySheet extends KindSheet {

    private static final int MAX_COUNT = 1_000_000;

    private final CommuneCells communes;

    private final TeamImport teams;

    private final LocalDate today;

    private final List<ActivityRow> rows = new ArrayList<>();

    ActivitySheet(List<String> header, ColumnMapping mapping, CommuneCells communes, TeamImport teams,
            LocalDate today) {
        super(ImportKind.TEAM_ACTIVITIES, header, mapping);
        this.communes = communes;
        this.teams = teams;
        this.today = today;
    }

    @Override
    void read(SheetRow row) {
        int before = errors.size();
        Long communeId = commune(row, communes);
        String team = cell(row, "teamName", value -> CellValues.text(value, 200));
        LocalDate date = cell(row, "activityDate", value -> {
            LocalDate day = CellValues.date(value);
            TeamImport.checkActivityDate(day, today);
            return day;
        });
        String title = cell(row, "title", value -> CellValues.text(value, 200));
        int[] figures = new int[5];
        String[] fields = { "peopleGuided", "dossiersSupported", "eventsHeld", "digitalAmbassadors",
            "ambassadorGuided" };
        for (int i = 0; i < fields.length; i++) {
            Integer count = cell(row, fields[i], value -> CellValues.count(value, MAX_COUNT));
            figures[i] = count == null ? 0 : count;
        }
        if (errors.size() > before || duplicate(row, communeId + ":" + VietnameseNames.key(team) + ":" + date + ":"
                + VietnameseNames.key(title))) {
            return;
        }
        rows.add(new ActivityRow(row.number(), communeId, team, date, title, figures[0], figures[1], figures[2],
                figures[3], figures[4]));
    }

    @Override
    ImportCheck check(Actor actor) {
        return teams.checkActivities(rows);
    }

    @Override
    void apply(Actor actor, ImportCheck check, Collection<Integer> skipped) {
        teams.applyActivities(actor, rows, check, skipped);
    }
}
