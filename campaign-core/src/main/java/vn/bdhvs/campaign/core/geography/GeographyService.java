package vn.bdhvs.campaign.core.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.common.NotFoundException;

/**
 * Read access to provinces, communes and their former units, always within a {@link UnitScope}:
 * a unit outside the scope is reported exactly like a unit that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class GeographyService {

    private static final String PROVINCE_COLUMNS = """
            p.id, p.code, p.name, p.kind, p.valid_to, p.successor_id, s.name as successor_name,
            (select count(*) from commune c where c.province_id = p.id and c.valid_to is null) as commune_count
            """;

    private static final String COMMUNE_COLUMNS = """
            c.id, c.code, c.name, c.kind, c.province_id, p.name as province_name,
            (select count(distinct (l.old_name_key, l.old_district_key, l.old_province_name))
             from commune_lineage l where l.commune_id = c.id and l.old_name is not null) as former_count
            """;

    private final JdbcClient jdbc;

    GeographyService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current provinces visible in the scope, by code. */
    public List<ProvinceSummary> currentProvinces(UnitScope scope) {
        return jdbc.sql("select " + PROVINCE_COLUMNS + """
                from province p left join province s on s.id = p.successor_id
                where p.valid_to is null order by p.code
                """).query(GeographyService::province).list().stream()
                .filter(p -> scope.includesProvince(p.id()))
                .toList();
    }

    public ProvinceDetail province(UnitScope scope, String code) {
        ProvinceSummary province = jdbc.sql("select " + PROVINCE_COLUMNS + """
                from province p left join province s on s.id = p.successor_id where p.code = ?
                """).param(code).query(GeographyService::province).optional()
                .filter(p -> scope.includesProvince(p.id()))
                .orElseThrow(() -> new NotFoundException("province", code));
        List<CommuneSummary> communes = jdbc.sql("select " + COMMUNE_COLUMNS + """
                from commune c join province p on p.id = c.province_id
                where c.province_id = ? and c.valid_to is null order by c.name_key
                """).param(province.id()).query(GeographyService::commune).list();
        List<ProvinceSummary> former = jdbc.sql("select " + PROVINCE_COLUMNS + """
                from province p join province s on s.id = p.successor_id
                where p.successor_id = ? order by p.name_key
                """).param(province.id()).query(GeographyService::province).list();
        return new ProvinceDetail(province, communes, former);
    }

    public CommuneDetail commune(UnitScope scope, String code) {
        CommuneSummary commune = findCommune(code)
                .filter(c -> scope.includesCommune(c.provinceId(), c.id()))
                .orElseThrow(() -> new NotFoundException("commune", code));
        ProvinceSummary province = jdbc.sql("select " + PROVINCE_COLUMNS + """
                from province p left join province s on s.id = p.successor_id where p.id = ?
                """).param(commune.provinceId()).query(GeographyService::province).single();
        List<FormerUnit> formerUnits = jdbc.sql("""
                select distinct l.old_code, l.old_name, l.old_district, l.old_province_name, l.old_name_key,
                    array(select distinct o.name from commune_lineage x join commune o on o.id = x.commune_id
                          where x.old_name_key = l.old_name_key and x.old_district_key = l.old_district_key
                            and x.old_province_name = l.old_province_name and x.commune_id <> l.commune_id
                          order by o.name) as also_became
                from commune_lineage l
                where l.commune_id = ? and l.old_name is not null
                order by l.old_name_key, l.old_district
                """).param(commune.id()).query((rs, n) -> new FormerUnit(rs.getString("old_code"),
                        rs.getString("old_name"), rs.getString("old_district"), rs.getString("old_province_name"),
                        Arrays.asList((String[]) rs.getArray("also_became").getArray())))
                .list();
        return new CommuneDetail(commune, province, formerUnits);
    }

    /** A current or retired commune by code, regardless of scope: for internal lookups only. */
    public Optional<CommuneSummary> findCommune(String code) {
        return jdbc.sql("select " + COMMUNE_COLUMNS + """
                from commune c join province p on p.id = c.province_id where c.code = ?
                """).param(code).query(GeographyService::commune).optional();
    }

    public Optional<CommuneSummary> findCommune(long id) {
        return jdbc.sql("select " + COMMUNE_COLUMNS + """
                from commune c join province p on p.id = c.province_id where c.id = ?
                """).param(id).query(GeographyService::commune).optional();
    }

    /** A current province by code, regardless of scope. */
    public Optional<ProvinceSummary> findProvince(String code) {
        return jdbc.sql("select " + PROVINCE_COLUMNS + """
                from province p left join province s on s.id = p.successor_id where p.code = ?
                """).param(code).query(GeographyService::province).optional();
    }

    public Optional<ProvinceSummary> findProvince(long id) {
        return jdbc.sql("select " + PROVINCE_COLUMNS + """
                from province p left join province s on s.id = p.successor_id where p.id = ?
                """).param(id).query(GeographyService::province).optional();
    }

    /** The ids of the current communes formed (wholly or partly) from communes of a former province. */
    public Set<Long> communesFormedFrom(long formerProvinceId) {
        return new HashSet<>(jdbc.sql("""
                select distinct c.id from commune_lineage l join commune c on c.id = l.commune_id
                where l.old_province_id = ? and c.valid_to is null
                """).param(formerProvinceId).query(Long.class).list());
    }

    public GeographyCounts counts() {
        return jdbc.sql("""
                select (select count(*) from province where valid_to is null),
                       (select count(*) from province where valid_to is not null),
                       (select count(*) from commune where valid_to is null),
                       (select count(*) from commune_lineage)
                """).query((rs, n) -> new GeographyCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .single();
    }

    static ProvinceSummary province(ResultSet rs, int row) throws SQLException {
        return new ProvinceSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                ProvinceKind.valueOf(rs.getString("kind")), rs.getObject("valid_to", java.time.LocalDate.class),
                rs.getObject("successor_id", Long.class), rs.getString("successor_name"), rs.getInt("commune_count"));
    }

    static CommuneSummary commune(ResultSet rs, int row) throws SQLException {
        return new CommuneSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                CommuneKind.valueOf(rs.getString("kind")), rs.getLong("province_id"), rs.getString("province_name"),
                rs.getInt("former_count"));
    }

}
