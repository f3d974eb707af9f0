package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.common.MonthlyCount;

/** What the progress engine rebuilds its counters from: classes held, by commune and month. */
@Component
public class ClassProgress {

    private final JdbcClient jdbc;

    ClassProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Finished classes by commune and month of finishing: a class counts as held when it is finished. */
    @Transactional(readOnly = true)
    public List<MonthlyCount> finishedByMonth() {
        return jdbc.sql("""
                select commune_id, date_trunc('month', finished_on)::date, count(*) from training_class
                where status = 'FINISHED' group by 1, 2
                """).query((rs, n) -> new MonthlyCount(rs.getLong(1), null, rs.getObject(2, LocalDate.class),
                rs.getLong(3))).list();
    }
}
