package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.common.MonthlyCount;

/** What the progress engine rebuilds its counters from: teams and their activities, by commune and month. */
@Component
@Transactional(readOnly = true)
public class TeamProgress {

    private final JdbcClient jdbc;

    TeamProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Teams by the month they count from. */
    public List<MonthlyCount> teamsByMonth() {
        return teams("count(*)");
    }

    /** Team members by the month their team counts from. */
    public List<MonthlyCount> membersByMonth() {
        return teams("sum(members)");
    }

    /** Dossiers supported, by the month of the activity. */
    public List<MonthlyCount> dossiersByMonth() {
        return activities("sum(a.dossiers_supported)");
    }

    /** People guided by the team and its digital ambassadors, by the month of the activity. */
    public List<MonthlyCount> peopleGuidedByMonth() {
        return activities("sum(a.people_guided + a.ambassador_guided)");
    }

    private List<MonthlyCount> teams(String value) {
        return jdbc.sql("select commune_id, date_trunc('month', registered_on)::date, " + value
                + " from community_team group by 1, 2").query((rs, n) -> new MonthlyCount(rs.getLong(1), null,
                        rs.getObject(2, LocalDate.class), rs.getLong(3))).list();
    }

    private List<MonthlyCount> activities(String value) {
        return jdbc.sql("select t.commune_id, date_trunc('month', a.activity_date)::date, " + value
                + " from team_activity a join community_team t on t.id = a.team_id group by 1, 2")
                .query((rs, n) -> new MonthlyCount(rs.getLong(1), null, rs.getObject(2, LocalDate.class),
                        rs.getLong(3))).list();
    }
}
