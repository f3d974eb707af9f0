package vn.bdhvs.campaign.reporting.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.common.MonthlyCount;

/**
 * The progress counters (table {@code progress_counter}): one value per commune, target group
 * (null where a metric is not counted per group), month and metric. However many changes come
 * at once, they move the counters in one set-based statement: a bulk import of thousands of rows
 * costs two statements, not thousands.
 */
@Component
class Counters {

    /** A change to one counter; the date is any day of the counter's month. */
    record Delta(long communeId, Long groupId, LocalDate date, ProgressMetric metric, long amount) {
    }

    private final JdbcClient jdbc;

    private final Clock clock;

    Counters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Adds the deltas to the counters, then drops counters that came to zero. */
    void apply(Collection<Delta> deltas) {
        List<Delta> changes = deltas.stream().filter(d -> d.amount() != 0).toList();
        if (changes.isEmpty()) {
            return;
        }
        Long[] communes = changes.stream().map(Delta::communeId).toArray(Long[]::new);
        Long[] groups = changes.stream().map(Delta::groupId).toArray(Long[]::new);
        String[] months = changes.stream().map(d -> d.date().withDayOfMonth(1).toString()).toArray(String[]::new);
        String[] metrics = changes.stream().map(d -> d.metric().name()).toArray(String[]::new);
        Long[] amounts = changes.stream().map(Delta::amount).toArray(Long[]::new);
        jdbc.sql("""
                insert into progress_counter (commune_id, group_id, month, metric, value, updated_at)
                select d.commune_id, d.group_id, d.month, d.metric, sum(d.amount), :now
                from unnest(cast(:communes as bigint[]), cast(:groups as bigint[]), cast(:months as date[]),
                    cast(:metrics as text[]), cast(:amounts as bigint[]))
                    as d (commune_id, group_id, month, metric, amount)
                group by d.commune_id, d.group_id, d.month, d.metric
                on conflict (commune_id, group_id, month, metric)
                do update set value = progress_counter.value + excluded.value, updated_at = excluded.updated_at
                """).param("communes", communes).param("groups", groups).param("months", months)
                .param("metrics", metrics).param("amounts", amounts).param("now", OffsetDateTime.now(clock))
                .update();
        jdbc.sql("""
                delete from progress_counter pc
                using unnest(cast(:communes as bigint[]), cast(:groups as bigint[]), cast(:months as date[]),
                    cast(:metrics as text[])) as d (commune_id, group_id, month, metric)
                where pc.value = 0 and pc.commune_id = d.commune_id and pc.group_id is not distinct from d.group_id
                  and pc.month = d.month and pc.metric = d.metric
                """).param("communes", communes).param("groups", groups).param("months", months)
                .param("metrics", metrics).update();
    }

    /** Replaces every counter with the given counts; returns the number of counters. */
    int replaceAll(List<Delta> counts) {
        jdbc.sql("lock table progress_counter in exclusive mode").update();
        jdbc.sql("delete from progress_counter").update();
        apply(counts);
        return jdbc.sql("select count(*) from progress_counter").query(Integer.class).single();
    }

    static List<Delta> deltas(ProgressMetric metric, List<MonthlyCount> counts) {
        return counts.stream().map(c -> new Delta(c.communeId(), c.groupId(), c.month(), metric, c.value())).toList();
    }
}
