package vn.bdhvs.campaign.reporting.progress;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.training.ProgressChanged;

/**
 * Applies progress deltas to the counters, synchronously, in the transaction of the write that
 * published them: a rolled-back write leaves no trace in the counters.
 */
@Component
class CounterWriter {

    private final JdbcClient jdbc;

    private final Clock clock;

    CounterWriter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(ProgressChanged changed) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (ProgressChanged.Delta delta : changed.deltas()) {
            java.time.LocalDate month = delta.date().withDayOfMonth(1);
            jdbc.sql("""
                    insert into progress_counter (commune_id, group_id, month, metric, value, updated_at)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (commune_id, group_id, month, metric)
                    do update set value = progress_counter.value + excluded.value, updated_at = excluded.updated_at
                    """).params(delta.communeId(), delta.groupId(), month, delta.metric().name(), delta.amount(), now)
                    .update();
            jdbc.sql("""
                    delete from progress_counter where commune_id = ? and group_id is not distinct from ?
                      and month = ? and metric = ? and value = 0
                    """).params(delta.communeId(), delta.groupId(), month, delta.metric().name()).update();
        }
    }
}
