package vn.bdhvs.campaign.reporting.progress;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data versions a dashboard is read at (tables {@code data_version} and
 * {@code reference_data_version}, moved by triggers in the transaction of every write, V15). A page
 * rendered from data read after its version was taken may be served for as long as that version is
 * current: on every instance, the next request after a write sees a new version. Each look-up finds
 * the unit by its code and reads its version in one statement, outside any transaction: it runs on
 * every dashboard request, kept or not.
 */
@Component
public class DataVersions {

    /**
     * A unit's version: the plans' and geography's, the sum of its communes' counter versions (each
     * only grows, so the sum moves with every commit), and for a commune its classes' records.
     * {@code provinceId} is the unit's own id for a province, its province's for a commune.
     */
    public record Version(long unitId, long provinceId, long reference, long counters, long records) {
    }

    private final JdbcClient jdbc;

    DataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The province with this code and its version; empty when there is none. */
    public Optional<Version> province(String code) {
        return jdbc.sql("""
                select p.id, r.version, (select coalesce(sum(v.counters), 0) from data_version v where v.province_id = p.id)
                from province p cross join reference_data_version r where p.code = ?
                """).param(code).query((rs, n) -> new Version(rs.getLong(1), rs.getLong(1), rs.getLong(2),
                        rs.getLong(3), 0))
                .optional();
    }

    /** The commune with this code and its version; empty when there is none. */
    public Optional<Version> commune(String code) {
        return jdbc.sql("""
                select c.id, c.province_id, r.version, coalesce(v.counters, 0), coalesce(v.records, 0)
                from commune c cross join reference_data_version r left join data_version v on v.commune_id = c.id
                where c.code = ?
                """).param(code).query((rs, n) -> new Version(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)))
                .optional();
    }
}
