package vn.bdhvs.campaign.reporting.progress;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dashboards' reads of {@code progress_counter}: one statement each, whatever the number of communes. */
@Component
class CounterReads {

    private final JdbcClient jdbc;

    CounterReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per commune, group and metric the counts before and during the year; per month for the communes together. */
    Counts province(Collection<Long> communeIds, int year) {
        Counts counts = new Counts();
        jdbc.sql("""
                select pc.commune_id, pc.group_id, pc.metric, pc.month < :ys as before,
                       case when pc.month >= :ys then extract(month from pc.month)::int else 0 end as m,
                       sum(pc.value), max(pc.updated_at), grouping(pc.commune_id) as province_row
                from progress_counter pc
                where pc.commune_id = any(cast(:communes as bigint[])) and pc.month < :ye
                group by grouping sets ((pc.commune_id, pc.group_id, pc.metric, 4), (pc.group_id, pc.metric, 5))
                """).param("communes", communeIds.toArray(Long[]::new)).param("ys", LocalDate.of(year, 1, 1))
                .param("ye", LocalDate.of(year + 1, 1, 1)).query(rs -> {
                    Long groupId = rs.getObject(2, Long.class);
                    if (rs.getInt(8) == 1) {
                        counts.addMonth(groupId, rs.getString(3), rs.getInt(5), rs.getLong(6));
                    }
                    else {
                        counts.addCommune(rs.getLong(1), groupId, rs.getString(3), rs.getBoolean(4), rs.getLong(6));
                    }
                    counts.touched(rs.getTimestamp(7));
                });
        return counts;
    }

    /** Per group and metric the commune's counts before and during the year, and per month. */
    Counts commune(long communeId, int year) {
        Counts counts = new Counts();
        jdbc.sql("""
                select pc.group_id, pc.metric,
                       case when pc.month >= :ys then extract(month from pc.month)::int else 0 end as m,
                       sum(pc.value), max(pc.updated_at)
                from progress_counter pc where pc.commune_id = :c and pc.month < :ye group by 1, 2, 3
                """).param("c", communeId).param("ys", LocalDate.of(year, 1, 1))
                .param("ye", LocalDate.of(year + 1, 1, 1)).query(rs -> {
                    int month = rs.getInt(3);
                    Long groupId = rs.getObject(1, Long.class);
                    counts.addMonth(groupId, rs.getString(2), month, rs.getLong(4));
                    counts.addCommune(communeId, groupId, rs.getString(2), month == 0, rs.getLong(4));
                    counts.touched(rs.getTimestamp(5));
                });
        return counts;
    }

    /** Every commune's counts of one metric and group, before and during the year. */
    Counts nation(String metric, Long groupId, int year) {
        Counts counts = new Counts();
        jdbc.sql("""
                select pc.commune_id, pc.month < :ys as before, sum(pc.value), max(pc.updated_at)
                from progress_counter pc
                where pc.metric = :metric and pc.group_id is not distinct from :g and pc.month < :ye
                group by 1, 2
                """).param("ys", LocalDate.of(year, 1, 1)).param("ye", LocalDate.of(year + 1, 1, 1))
                .param("metric", metric).param("g", groupId).query(rs -> {
                    counts.addCommune(rs.getLong(1), groupId, metric, rs.getBoolean(2), rs.getLong(3));
                    counts.touched(rs.getTimestamp(4));
                });
        return counts;
    }

    /** The count per month of some communes only (a former province's area within its successor); 0 is before the year. */
    long[] months(Collection<Long> communeIds, String metric, Long groupId, int year) {
        long[] months = new long[13];
        jdbc.sql("""
                select case when pc.month >= :ys then extract(month from pc.month)::int else 0 end, sum(pc.value)
                from progress_counter pc
                where pc.commune_id = any(:communes) and pc.metric = :metric
                  and pc.group_id is not distinct from :g and pc.month < :ye
                group by 1
                """).param("communes", communeIds.toArray(Long[]::new)).param("metric", metric)
                .param("g", groupId).param("ys", LocalDate.of(year, 1, 1))
                .param("ye", LocalDate.of(year + 1, 1, 1)).query(rs -> {
                    months[rs.getInt(1)] += rs.getLong(2);
                });
        return months;
    }
}
