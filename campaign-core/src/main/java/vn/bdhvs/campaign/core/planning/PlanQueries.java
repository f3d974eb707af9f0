package vn.bdhvs.campaign.core.planning;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.geography.FormerProvince;
import vn.bdhvs.campaign.core.geography.GeographyService;

/**
 * A year's stored targets and baselines for whoever computes progress: of a province and the former
 * provinces merged into it, or of every province. No access check: the caller decides who sees what.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final JdbcClient jdbc;

    private final GeographyService geography;

    PlanQueries(JdbcClient jdbc, GeographyService geography) {
        this.jdbc = jdbc;
        this.geography = geography;
    }

    /**
     * The year's targets and baselines of the province and its former provinces, or of all provinces
     * if {@code provinceId} is null: two queries at most, one with every row.
     */
    public YearPlan plan(Long provinceId, int year) {
        Long[] provinces = provinceId == null ? null : withFormer(provinceId);
        List<PlannedTarget> targets = new ArrayList<>();
        List<PlannedBaseline> baselines = new ArrayList<>();
        jdbc.sql("""
                select 'T' as kind, province_id, commune_id, indicator_id, group_id, value
                from kpi_target where year = ? and (cast(? as bigint[]) is null or province_id = any(?))
                union all
                select 'B', province_id, commune_id, null, group_id, head_count
                from population_baseline where year = ? and (cast(? as bigint[]) is null or province_id = any(?))
                """).params(year, provinces, provinces, year, provinces, provinces).query(rs -> {
                    if (rs.getString(1).equals("T")) {
                        targets.add(new PlannedTarget(rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4),
                                rs.getObject(5, Long.class), rs.getBigDecimal(6)));
                    }
                    else {
                        baselines.add(new PlannedBaseline(rs.getLong(2), rs.getObject(3, Long.class),
                                rs.getObject(5, Long.class), rs.getLong(6)));
                    }
                });
        return new YearPlan(year, targets, baselines);
    }

    private Long[] withFormer(long provinceId) {
        List<Long> ids = new ArrayList<>();
        ids.add(provinceId);
        geography.formerProvinces(provinceId).stream().map(FormerProvince::id).forEach(ids::add);
        return ids.toArray(Long[]::new);
    }
}
