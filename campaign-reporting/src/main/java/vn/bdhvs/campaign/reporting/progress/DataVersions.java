package vn.bdhvs.campaign.reporting.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The data versions a kept page is read at (tables {@code data_version} and
 * {@code reference_data_version}, moved by triggers in the transaction of every write, V15, V17). A
 * page rendered from data read after its version was taken may be served for as long as that
 * version is current: on every instance, the next request after a write sees a new version. Each
 * look-up is one indexed statement outside any transaction: it runs on every request of a kept
 * page.
 */
@Component
public class DataVersions {

    /**
     * A unit's version: the plans' and geography's, the sum of its communes' counter versions (each
     * only grows, so the sum moves with every commit), and for a commune its classes' and learners'
     * records.
     */
    public record Version(long unitId, long reference, long counters, long records) {
    }

    private final JdbcClient jdbc;

    DataVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Version province(long provinceId) {
        return jdbc.sql("""
                select r.version, (select coalesce(sum(v.counters), 0) from data_version v where v.province_id = ?)
                from reference_data_version r
                """).param(provinceId).query((rs, n) -> new Version(provinceId, rs.getLong(1), rs.getLong(2), 0))
                .single();
    }

    public Version commune(long communeId) {
        return jdbc.sql("""
                select r.version, coalesce(v.counters, 0), coalesce(v.records, 0)
                from reference_data_version r left join data_version v on v.commune_id = ?
                """).param(communeId).query((rs, n) -> new Version(communeId, rs.getLong(1), rs.getLong(2),
                        rs.getLong(3)))
                .single();
    }
}
