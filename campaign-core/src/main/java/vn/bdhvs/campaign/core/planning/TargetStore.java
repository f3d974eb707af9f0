package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.common.VersionedRows;

/**
 * The only writer of {@code kpi_target}, province targets ({@link TargetService}) and commune
 * targets ({@link AllocationService}) alike. Updates and deletes are versioned: a row changed
 * meanwhile means a {@link vn.bdhvs.campaign.core.common.ConcurrentChangeException}.
 */
@Component
class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a target of a province ({@code communeId} null) or of a commune; returns its id. */
    long insert(long provinceId, Long communeId, long indicatorId, Long groupId, int year, BigDecimal value,
            String origin, OffsetDateTime at, String by) {
        return jdbc.sql("""
                insert into kpi_target (province_id, commune_id, indicator_id, group_id, year, value, origin,
                    updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                """).params(provinceId, communeId, indicatorId, groupId, year, value, origin, at, by)
                .query(Long.class).single();
    }

    void update(TargetCell cell, BigDecimal value, String origin, OffsetDateTime at, String by) {
        VersionedRows.check(jdbc.sql("""
                update kpi_target set value = ?, origin = ?, version = version + 1, updated_at = ?, updated_by = ?
                where id = ? and version = ?
                """).params(value, origin, at, by, cell.id(), cell.version()).update());
    }

    void delete(TargetCell cell) {
        VersionedRows.check(jdbc.sql("delete from kpi_target where id = ? and version = ?")
                .params(cell.id(), cell.version()).update());
    }
}
