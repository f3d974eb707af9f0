package vn.bdhvs.campaign.core.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
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
            p.id, p.code, p.name, p.kind, p.valid_to, p.successor_id, s.name as successor_name, s.code as successor_code,
            (select count(*) from commune c where c.province_id = p.id and c.valid_to is null) as commune_count
            """;

    private static final String COMMUNE_COLUMNS = """
            c.id, c.code, c.name, c.kind, c.province_id, p.name as province_name,
            (select count(distinct (l.old_name_key, l.old_district_key, l.old_province_name))
             from commune_lineage l where l.commune_id = c.id and l.old_name is not null) as former_count
            """;

    /** Shorter queries match too much to be useful. */
    public static final int MIN_QUERY_LENGTH = 2;

    private static final Pattern CODE = Pattern.compile("[0-9]{2,5}");

    /** Which rows a scope sees, for a commune aliased {@code c}. */
    private static final String COMMUNE_IN_SCOPE = """
            (:level = 'NATION' or (:level = 'PROVINCE' and c.province_id = cast(:provinceId as bigint))
             or (:level = 'COMMUNE' and c.id = cast(:communeId as bigint)))
            """;

    /**
     * Current and former provinces and communes whose name contains the query, compared without
     * marks (the folded columns of migration V10). Former communes are grouped by old name, district
     * and province, with the current communes they became in scope. A commune scope sees no
     * province, as on the province pages.
     */
    private static final String UNIT_MATCHES = """
            with unit as (
                select 'PROVINCE' as kind, 1 as kind_order, p.code, p.name, null as old_district,
                    null as old_province, p.name_key, p.folded_key, p.folded_key as folded_bare_key,
                    null::bigint[] as successor_ids, null::bigint as successor_province
                from province p
                where p.valid_to is null and 'PROVINCE' in (:kinds)
                  and (:level = 'NATION' or (:level = 'PROVINCE' and p.id = cast(:provinceId as bigint)))
                  and (strpos(p.folded_key, :provinceQuery) > 0 or p.code = cast(:code as varchar))
                union all
                select 'FORMER_PROVINCE', 2, null, p.name, null, null, p.name_key, p.folded_key, p.folded_key,
                    null, p.successor_id
                from province p
                where p.valid_to is not null and 'FORMER_PROVINCE' in (:kinds)
                  and (:level = 'NATION' or (:level = 'PROVINCE' and p.successor_id = cast(:provinceId as bigint)))
                  and strpos(p.folded_key, :provinceQuery) > 0
                union all
                select 'COMMUNE', 3, c.code, c.name, null, p.name, c.name_key, c.folded_key, c.folded_bare_key,
                    null, null
                from commune c join province p on p.id = c.province_id
                where c.valid_to is null and 'COMMUNE' in (:kinds) and %1$s
                  and (strpos(c.folded_key, :query) > 0 or c.code = cast(:code as varchar))
                union all
                select 'FORMER_COMMUNE', 4, min(l.old_code), min(l.old_name), min(l.old_district),
                    min(l.old_province_name), l.old_name_key, min(l.old_folded_key), min(l.old_folded_bare_key),
                    array_agg(distinct c.id order by c.id), null
                from commune_lineage l join commune c on c.id = l.commune_id
                where l.old_name is not null and c.valid_to is null and 'FORMER_COMMUNE' in (:kinds) and %1$s
                  and (strpos(l.old_folded_key, :query) > 0 or l.old_code = cast(:code as varchar))
                group by l.old_name_key, l.old_district_key, l.old_province_name
            )
            select u.*, count(*) over () as total,
                case when u.code = cast(:code as varchar) then 0
                     when u.folded_key in (:query, :provinceQuery) or u.folded_bare_key = :bareQuery then 1
                     when starts_with(u.folded_key, :query) or starts_with(u.folded_bare_key, :bareQuery)
                          or starts_with(u.folded_key, :provinceQuery) then 2
                     when strpos(' ' || u.folded_bare_key, ' ' || :bareQuery) > 0 then 3
                     else 4 end as quality
            from unit u
            order by quality, strpos(u.name_key, :accented) = 0, u.kind_order, u.name_key, u.old_district, u.old_province
            limit :limit offset :offset
            """.formatted(COMMUNE_IN_SCOPE);

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
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
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

    /**
     * A current province by code, regardless of scope. Like {@link #findCommune(String)}, one
     * statement in the caller's transaction if there is one, else none: kept dashboards look their
     * unit up on every request.
     */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
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

    /** The former provinces of a current province, or of every province if null. */
    public List<FormerProvince> formerProvinces(Long successorId) {
        return jdbc.sql("""
                select id, successor_id, name from province
                where successor_id is not null and (cast(:p as bigint) is null or successor_id = :p)
                """).param("p", successorId)
                .query((rs, n) -> new FormerProvince(rs.getLong(1), rs.getLong(2), rs.getString(3))).list();
    }

    /** Which former provinces the communes of a current province (of every province if null) were formed from. */
    public List<CommuneOrigin> communeOrigins(Long successorId) {
        return jdbc.sql("""
                select distinct l.commune_id, l.old_province_id
                from commune_lineage l join province f on f.id = l.old_province_id
                where f.successor_id is not null and (cast(:p as bigint) is null or f.successor_id = :p)
                """).param("p", successorId).query((rs, n) -> new CommuneOrigin(rs.getLong(1), rs.getLong(2))).list();
    }

    /** The province of each of the communes, current or retired, by commune id. */
    public Map<Long, Long> provinceOf(Collection<Long> communeIds) {
        Map<Long, Long> provinces = new HashMap<>();
        jdbc.sql("select id, province_id from commune where id = any(cast(? as bigint[]))")
                .param(communeIds.toArray(Long[]::new)).query(rs -> {
                    provinces.put(rs.getLong(1), rs.getLong(2));
                });
        return provinces;
    }

    /**
     * The current and former provinces and communes within the scope whose name contains the query,
     * typed with or without tone marks and unit kind ("dong cuong", "Xã Đồng Cương", "binh duong"),
     * or whose code it is. Former units come with the current units they became, so that nobody
     * has to know the 2025 mergers to find a place.
     */
    public UnitSearch search(UnitScope scope, String query, int page, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize " + pageSize);
        }
        if (!searchable(query)) {
            return new UnitSearch(query, List.of(), 0, 0, pageSize);
        }
        int wanted = Math.max(page, 0);
        List<MatchRow> rows = matchRows(scope, query, EnumSet.allOf(UnitMatch.Kind.class), pageSize, wanted * pageSize);
        if (rows.isEmpty() && wanted > 0) {
            // past the last page (an old link, a hand-edited URL): show the last one
            int total = matchRows(scope, query, EnumSet.allOf(UnitMatch.Kind.class), 1, 0).stream()
                    .mapToInt(MatchRow::total).findFirst().orElse(0);
            wanted = Math.max(0, (total - 1) / pageSize);
            rows = total == 0 ? List.of()
                    : matchRows(scope, query, EnumSet.allOf(UnitMatch.Kind.class), pageSize, wanted * pageSize);
        }
        Map<Long, UnitMatch.Successor> communes = successorCommunes(rows);
        Map<Long, UnitMatch.Successor> provinces = successorProvinces(rows);
        List<UnitMatch> matches = rows.stream().map(row -> row.match(communes, provinces)).toList();
        return new UnitSearch(query, matches, rows.isEmpty() ? 0 : rows.get(0).total(), wanted, pageSize);
    }

    /**
     * Current communes within the scope for a commune picker: those whose current name matches,
     * and those that a matching former commune became, saying which former names matched.
     */
    public List<CommuneSuggestion> suggestCommunes(UnitScope scope, String query, int limit) {
        if (!searchable(query)) {
            return List.of();
        }
        List<MatchRow> rows = matchRows(scope, query, EnumSet.of(UnitMatch.Kind.COMMUNE, UnitMatch.Kind.FORMER_COMMUNE),
                limit * 3, 0);
        Map<Long, UnitMatch.Successor> successors = successorCommunes(rows);
        Map<String, CommuneSuggestion> suggestions = new LinkedHashMap<>();
        for (MatchRow row : rows) {
            if (row.kind() == UnitMatch.Kind.COMMUNE) {
                suggestions.putIfAbsent(row.code(), new CommuneSuggestion(row.code(), row.name(),
                        VietnameseNames.inSentence(row.oldProvince(), true), List.of()));
                continue;
            }
            String former = row.name() + " (" + row.formerPlace() + ")";
            for (long id : row.successorIds()) {
                UnitMatch.Successor commune = successors.get(id);
                CommuneSuggestion known = suggestions.get(commune.code());
                List<String> formerNames = new ArrayList<>(known == null ? List.of() : known.formerNames());
                if (known == null || !known.formerNames().isEmpty()) {
                    formerNames.add(former);
                }
                suggestions.put(commune.code(),
                        new CommuneSuggestion(commune.code(), commune.name(), commune.place(), formerNames));
            }
        }
        return suggestions.values().stream().limit(limit).toList();
    }

    private static boolean searchable(String query) {
        String folded = VietnameseNames.folded(query);
        return folded != null && folded.length() >= MIN_QUERY_LENGTH;
    }

    private List<MatchRow> matchRows(UnitScope scope, String query, Set<UnitMatch.Kind> kinds, int limit, int offset) {
        String code = CODE.matcher(query.trim()).matches() ? query.trim() : null;
        Map<String, Object> params = new HashMap<>();
        params.put("level", scope.level().name());
        params.put("provinceId", scope.provinceId());
        params.put("communeId", scope.communeId());
        params.put("kinds", kinds.stream().map(Enum::name).toList());
        params.put("query", VietnameseNames.folded(query));
        params.put("bareQuery", VietnameseNames.foldedCommuneBareKey(query));
        params.put("provinceQuery", VietnameseNames.foldedProvinceKey(query));
        params.put("accented", VietnameseNames.communeBareKey(query));
        params.put("code", code);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(UNIT_MATCHES).params(params).query((rs, n) -> new MatchRow(
                UnitMatch.Kind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
                rs.getString("old_district"), rs.getString("old_province"),
                rs.getArray("successor_ids") == null ? List.of()
                        : Arrays.stream((Long[]) rs.getArray("successor_ids").getArray()).toList(),
                rs.getObject("successor_province", Long.class), rs.getInt("total"))).list();
    }

    private Map<Long, UnitMatch.Successor> successorCommunes(List<MatchRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(row -> ids.addAll(row.successorIds()));
        Map<Long, UnitMatch.Successor> successors = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                    select c.id, c.code, c.name, p.name as province_name
                    from commune c join province p on p.id = c.province_id where c.id in (:ids)
                    """).param("ids", ids).query((rs, n) -> successors.put(rs.getLong("id"),
                            new UnitMatch.Successor(UnitMatch.Kind.COMMUNE, rs.getString("code"), rs.getString("name"),
                                    VietnameseNames.inSentence(rs.getString("province_name"), true))))
                    .list();
        }
        return successors;
    }

    private Map<Long, UnitMatch.Successor> successorProvinces(List<MatchRow> rows) {
        Set<Long> ids = new HashSet<>();
        rows.stream().map(MatchRow::successorProvince).filter(id -> id != null).forEach(ids::add);
        Map<Long, UnitMatch.Successor> successors = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, code, name from province where id in (:ids)").param("ids", ids)
                    .query((rs, n) -> successors.put(rs.getLong("id"), new UnitMatch.Successor(UnitMatch.Kind.PROVINCE,
                            rs.getString("code"), rs.getString("name"), null)))
                    .list();
        }
        return successors;
    }

    /** One row of {@link #UNIT_MATCHES}; {@code oldProvince} is the province name of a current commune too. */
    private record MatchRow(UnitMatch.Kind kind, String code, String name, String oldDistrict, String oldProvince,
            List<Long> successorIds, Long successorProvince, int total) {

        String formerPlace() {
            return String.join(", ", java.util.stream.Stream.of(VietnameseNames.inSentence(oldDistrict, false),
                    VietnameseNames.inSentence(oldProvince, true)).filter(part -> part != null).toList());
        }

        UnitMatch match(Map<Long, UnitMatch.Successor> communes, Map<Long, UnitMatch.Successor> provinces) {
            return switch (kind) {
                case PROVINCE -> new UnitMatch(kind, code, name, null, List.of());
                case FORMER_PROVINCE -> new UnitMatch(kind, null, name, null,
                        successorProvince == null ? List.of() : List.of(provinces.get(successorProvince)));
                case COMMUNE -> new UnitMatch(kind, code, name, VietnameseNames.inSentence(oldProvince, true), List.of());
                case FORMER_COMMUNE -> new UnitMatch(kind, code, name, formerPlace(),
                        successorIds.stream().map(communes::get).toList());
            };
        }
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
                rs.getObject("successor_id", Long.class), rs.getString("successor_name"), rs.getString("successor_code"),
                rs.getInt("commune_count"));
    }

    static CommuneSummary commune(ResultSet rs, int row) throws SQLException {
        return new CommuneSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                CommuneKind.valueOf(rs.getString("kind")), rs.getLong("province_id"), rs.getString("province_name"),
                rs.getInt("former_count"));
    }

}
