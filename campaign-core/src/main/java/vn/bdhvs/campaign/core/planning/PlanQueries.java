package vn.bdhvs.campaign.core.planning;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's plans as the progress engine reads them: targets and population baselines of some
 * provinces (current or former), or of all. No scope: the engine checks the caller's scope on the
 * units it shows.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    /** A target of a province (commune null) or of one of its communes; group null where not per group. */
    public record Target(long provinceId, Long communeId, long indicatorId, Long groupId, BigDecimal value) {
    }

    /** A population baseline of a province (commune null) or of one of its communes. */
    public record Baseline(long provinceId, Long communeId, Long groupId, long headCount) {
    }

    private final JdbcClient jdbc;

    PlanQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's targets of the provinces, or of every province if null. */
    public List<Target> targets(Collection<Long> provinceIds, int year) {
        return jdbc.sql("""
                select province_id, commune_id, indicator_id, group_id, value from kpi_target
                where year = :y and (cast(:all as boolean) or province_id = any(cast(:p as bigint[])))
                """).param("y", year).param("all", provinceIds == null).param("p", ids(provinceIds))
                .query((rs, n) -> new Target(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3),
                        rs.getObject(4, Long.class), rs.getBigDecimal(5)))
                .list();
    }

    /** The year's baselines of the provinces, or of every province if null. */
    public List<Baseline> baselines(Collection<Long> provinceIds, int year) {
        return jdbc.sql("""
                select province_id, commune_id, group_id, head_count from population_baseline
                where year = :y and (cast(:all as boolean) or province_id = any(cast(:p as bigint[])))
                """).param("y", year).param("all", provinceIds == null).param("p", ids(provinceIds))
                .query((rs, n) -> new Baseline(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class),
                        rs.getLong(4)))
                .list();
    }

    private static Long[] ids(Collection<Long> provinceIds) {
        return provinceIds == null ? new Long[0] : provinceIds.toArray(Long[]::new);
    }
}
