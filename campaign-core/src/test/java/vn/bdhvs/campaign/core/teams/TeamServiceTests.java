package vn.bdhvs.campaign.core.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.bdhvs.campaign.core.CommuneFixture;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;

/** Teams and their activity reports on PostgreSQL. */
class TeamServiceTests extends CommuneFixture {

    @Test
    void shouldRegisterTeamsAndAddUpTheirReports() {
        Actor official = official("25777");
        long team = teams.register(official, "25777", new TeamCmd(TeamKind.DIGITAL_TECH, "Tổ CNSCĐ khu phố 1", 9,
                null, UUID.randomUUID().toString()));
        teams.report(official, team, new ActivityCmd(today, "Ngày Chuyển đổi số 10/10", 120, 35, 1, 4, 60,
                UUID.randomUUID().toString()));
        teams.report(official, team, new ActivityCmd(today, "Hướng dẫn cài VNeID", 40, 10, 0, 0, 0,
                UUID.randomUUID().toString()));
        TeamView view = teams.teams(official, "25777").get(0);
        assertThat(view.reports()).isEqualTo(2);
        assertThat(view.peopleGuided()).isEqualTo(160);
        assertThat(view.dossiersSupported()).isEqualTo(45);
        TeamFigures figures = teams.figures(official, "25777");
        assertThat(figures.teams()).isEqualTo(1);
        assertThat(figures.members()).isEqualTo(9);
        assertThat(figures.peopleGuided()).isEqualTo(220);
        assertThatThrownBy(() -> teams.report(official, team, new ActivityCmd(today.plusDays(1), "Sau", 1, 0, 0, 0, 0,
                UUID.randomUUID().toString()))).isInstanceOf(DomainException.class);
    }
}
