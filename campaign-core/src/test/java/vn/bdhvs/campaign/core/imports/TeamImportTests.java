package vn.bdhvs.campaign.core.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.teams.TeamView;

/** Community teams and their activity reports imported from files, on PostgreSQL. */
class TeamImportTests extends ImportFixture {


    @Test
    void shouldRegisterTeamsOnceAndUpdateThemByCommuneAndName() {
        Actor official = official("09025");
        String name = "Tổ khu " + ThreadLocalRandom.current().nextInt(1_000_000);
        String header = "Tên tổ;Loại tổ;Số thành viên;Ngày thành lập\n";
        String file = header
                + name + " A;Tổ công nghệ số cộng đồng;7;20/05/2025\n"
                + name + " B;thanh niên tình nguyện;1.200;\n"
                + name + " C;Tổ bảo vệ;5;\n"
                + name + " D;Tổ công nghệ số;-3;\n"
                + name + " E;Tổ công nghệ số;4;" + today.plusDays(3) + "\n"
                + " " + name.toUpperCase() + "  a ;Tổ công nghệ số;8;\n";
        ImportOutcome trial = run(official, ImportKind.TEAMS, file, false, false);
        assertThat(trial.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(4, "import.value.teamKind"), tuple(5, "import.value.count"),
                tuple(6, "team.establishedOn.future"), tuple(7, "import.row.duplicate"));
        assertThat(run(official, ImportKind.TEAMS, file, true, true).created()).isEqualTo(2);
        assertThat(teamsNamed(official, name)).extracting(TeamView::name, TeamView::members)
                .containsExactlyInAnyOrder(tuple(name + " A", 7), tuple(name + " B", 1200));

        String again = header + name.toLowerCase() + " a;Tổ công nghệ số cộng đồng;9;\n" + name + " B;Đội thanh niên tình nguyện;1200;\n";
        assertThat(run(official, ImportKind.TEAMS, again, true, false)).extracting(ImportOutcome::created,
                ImportOutcome::updated, ImportOutcome::unchanged).containsExactly(0, 1, 1);
        assertThat(teamsNamed(official, name)).extracting(TeamView::name, TeamView::members)
                .containsExactlyInAnyOrder(tuple(name + " A", 9), tuple(name + " B", 1200));
    }

    @Test
    void shouldAddActivityReportsToKnownTeamsAndCorrectThemWithoutDuplicates() {
        Actor official = official("09025");
        String name = "Tổ hoạt động " + ThreadLocalRandom.current().nextInt(1_000_000);
        run(official, ImportKind.TEAMS, "Tên tổ;Loại tổ;Số thành viên\n" + name + ";Tổ công nghệ số;5\n", true, false);
        String header = "Tên tổ;Ngày hoạt động;Nội dung;Số người được hướng dẫn;Số hồ sơ được hỗ trợ\n";
        String file = header
                + name + ";10/10/2025;Ngày Chuyển đổi số;45;12\n"
                + name + ";2025-11-02;Hướng dẫn VNeID;20;\n"
                + "Tổ không có;10/10/2025;Ngày Chuyển đổi số;1;1\n"
                + name + ";" + today.plusDays(1) + ";Sắp tới;1;1\n"
                + name + ";10/10/2025;=HYPERLINK(\"http://x\",\"y\");1;1\n";
        ImportOutcome trial = run(official, ImportKind.TEAM_ACTIVITIES, file, false, false);
        assertThat(trial.errors()).extracting(RowError::row, RowError::code).containsExactly(
                tuple(4, "import.activity.unknownTeam"), tuple(5, "activity.date.future"),
                tuple(6, "import.value.formulaLike"));
        assertThat(run(official, ImportKind.TEAM_ACTIVITIES, file, true, true).created()).isEqualTo(2);
        TeamView team = teamsNamed(official, name).get(0);
        assertThat(team).extracting(TeamView::reports, TeamView::peopleGuided, TeamView::dossiersSupported)
                .containsExactly(2, 65L, 12L);

        String corrected = header + name + ";10/10/2025;ngày chuyển đổi số;50;12\n";
        assertThat(run(official, ImportKind.TEAM_ACTIVITIES, corrected, true, false)).extracting(
                ImportOutcome::created, ImportOutcome::updated).containsExactly(0, 1);
        assertThat(teamsNamed(official, name).get(0)).extracting(TeamView::reports, TeamView::peopleGuided)
                .containsExactly(2, 70L);
    }

    private List<TeamView> teamsNamed(Actor actor, String prefix) {
        return teams.teams(actor, "09025").stream().filter(t -> t.name().startsWith(prefix)).toList();
    }

}
