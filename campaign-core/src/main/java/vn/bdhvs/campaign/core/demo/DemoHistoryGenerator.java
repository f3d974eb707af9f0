package vn.bdhvs.campaign.core.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.boundaries.BoundaryService;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceDetail;
import vn.bdhvs.campaign.core.geography.UnitScope;
import vn.bdhvs.campaign.core.geography.VietnameseNames;

/**
 * The demo profile's history: population baselines and targets of the seed articles' provinces,
 * and classes, learners, attendance, completions, VNeID confirmations and community teams from
 * March 2025 to today (at most 31/12/2026) in a few dozen communes, written by set-based SQL
 * ({@code demo-history.sql}) in about a second or two. Everything it writes is ILLUSTRATIVE except the press
 * figures the script cites, and is recognisable by its creator {@link #CREATOR}. It writes raw
 * rows only: the caller rebuilds the progress counters in the same transaction.
 *
 * <p>Deterministic: every choice is a hash of the row's identity (commune code, group, class
 * number), never of a generated id, so two databases generated on the same day hold the same data.
 */
@Service
@Profile("demo")
public class DemoHistoryGenerator {

    /** The creator of every generated class, learner and activity, and the uploader of the schematic maps. */
    public static final String CREATOR = "demo-generator";

    /** The movement's provincial plans were issued in spring 2025; the history starts then. */
    static final LocalDate START = LocalDate.of(2025, 3, 1);

    /** The history needs today to be past the last press figure it reproduces (August 2025). */
    static final LocalDate EARLIEST_TODAY = LocalDate.of(2025, 9, 1);

    /** The seeds' plans run to 2026; the history ends there even when the demo runs later. */
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    /** The provinces of the seed articles, with a point near their centre for the schematic map. */
    static final Map<String, double[]> PROVINCES = provinces();

    private static final String SCRIPT = "demo-history.sql";

    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*\\n");

    private static final double TILE = 0.02;

    private static final double GAP = 0.003;

    private final JdbcClient jdbc;

    private final BoundaryService boundaries;

    private final GeographyService geography;

    private final AuditLog audit;

    private final JsonMapper json;

    private final Clock clock;

    DemoHistoryGenerator(JdbcClient jdbc, BoundaryService boundaries, GeographyService geography, AuditLog audit,
            JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.boundaries = boundaries;
        this.geography = geography;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Whether the history is already in the database (the generator never writes it twice). */
    @Transactional(readOnly = true)
    public boolean generated() {
        return jdbc.sql("select exists (select 1 from training_class where created_by = ?)").param(CREATOR)
                .query(Boolean.class).single();
    }

    /**
     * Writes the history unless it is there already; returns what was written, or an empty report.
     * Must run inside the caller's transaction, which also rebuilds the counters.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Report generate() {
        LocalDate today = LocalDate.now(clock);
        if (generated() || today.isBefore(EARLIEST_TODAY)) {
            return Report.NOTHING;
        }
        LocalDate until = today.isAfter(END) ? END : today;
        Map<String, Object> params = new HashMap<>(names());
        params.put("start", START);
        params.put("until", until);
        params.put("actor", CREATOR);
        for (String statement : statements()) {
            jdbc.sql(statement).params(params).update();
        }
        int maps = uploadSchematicMaps();
        Report report = report(until, maps);
        audit.record(CREATOR, "GENERATE", "demo_history", until.toString(), null, report.asMap());
        return report;
    }

    /** The provinces whose map is the generated schematic, not boundaries an administrator uploaded. */
    @Transactional(readOnly = true)
    public Set<Long> schematicMapProvinces() {
        return Set.copyOf(jdbc.sql("select province_id from commune_boundary_set where uploaded_by = ?").param(CREATOR)
                .query(Long.class).list());
    }

    /**
     * One square per commune in code order (codes follow the former districts, so neighbours stay
     * roughly together), near the province's centre. Never replaces boundaries an administrator uploaded.
     */
    private int uploadSchematicMaps() {
        Actor actor = new Actor(CREATOR, Role.ADMIN, UnitScope.nation());
        int uploaded = 0;
        for (Map.Entry<String, double[]> province : PROVINCES.entrySet()) {
            ProvinceDetail detail = geography.province(UnitScope.nation(), province.getKey());
            if (boundaries.boundaries(detail.province().id()).isPresent() || detail.communes().isEmpty()) {
                continue;
            }
            boundaries.upload(actor, province.getKey(),
                    json.writeValueAsBytes(grid(detail.communes(), province.getValue())));
            uploaded++;
        }
        return uploaded;
    }

    ObjectNode grid(List<CommuneSummary> communes, double[] centre) {
        List<CommuneSummary> ordered = communes.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        int columns = (int) Math.ceil(Math.sqrt(ordered.size()));
        int rows = (ordered.size() + columns - 1) / columns;
        double top = centre[0] + rows * TILE / 2;
        double left = centre[1] - columns * TILE / 2;
        ObjectNode collection = json.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (int i = 0; i < ordered.size(); i++) {
            double north = top - (i / columns) * TILE;
            double west = left + (i % columns) * TILE;
            double south = north - TILE + GAP;
            double east = west + TILE - GAP;
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.putObject("properties").put("code", ordered.get(i).code());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Polygon");
            ArrayNode ring = geometry.putArray("coordinates").addArray();
            for (double[] corner : new double[][] { { west, north }, { east, north }, { east, south }, { west, south },
                    { west, north } }) {
                ring.addArray().add(round(corner[0])).add(round(corner[1]));
            }
        }
        return collection;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100_000) / 100_000.0;
    }

    private Report report(LocalDate until, int maps) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                select 'classes', count(*) from training_class where created_by = :c
                union all select 'learners', count(*) from learner where created_by = :c
                union all select 'completions', count(*) from enrollment e join learner l on l.id = e.learner_id
                    where l.created_by = :c and e.completed_on is not null
                union all select 'vneid', count(*) from learner where created_by = :c and vneid_confirmed_on is not null
                union all select 'attendance', count(*) from attendance a join learner l on l.id = a.learner_id
                    where l.created_by = :c
                union all select 'activities', count(*) from team_activity where created_by = :c
                """).param("c", CREATOR).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return new Report(true, until, counts.get("classes"), counts.get("learners"), counts.get("completions"),
                counts.get("vneid"), counts.get("attendance"), counts.get("activities"), maps);
    }

    private static List<String> statements() {
        try (InputStream in = DemoHistoryGenerator.class.getResourceAsStream(SCRIPT)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return STATEMENT_END.splitAsStream(script).filter(DemoHistoryGenerator::hasSql).toList();
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read " + SCRIPT, ex);
        }
    }

    private static boolean hasSql(String chunk) {
        return chunk.lines().map(String::strip).anyMatch(line -> !line.isEmpty() && !line.startsWith("--"));
    }

    /**
     * Name parts as PostgreSQL array literals, with their comparison keys computed as the
     * application computes them, so a generated learner is found by name like any other.
     */
    private static Map<String, Object> names() {
        Map<String, Object> names = new HashMap<>();
        part(names, "family", "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Mai Lâm "
                + "Cao Tạ Lương Hà Triệu Nông");
        part(names, "maleMiddle", "Văn Hữu Đức Minh Quốc Thanh Công Đình Xuân Ngọc Gia Anh Tiến");
        part(names, "femaleMiddle", "Thị Ngọc Thu Thanh Minh Kim Bảo Thùy Mỹ Hồng Phương Diệu Thị");
        part(names, "maleGiven", "An Bình Cường Dũng Duy Đạt Hải Hiếu Hùng Huy Khang Khoa Long Lộc Minh Nam Nghĩa "
                + "Phong Phúc Quân Quang Sơn Tài Thắng Thành Thịnh Toàn Trung Tuấn Việt Vinh Vũ Kiên Tùng");
        part(names, "femaleGiven", "Anh Châu Chi Dung Duyên Giang Hà Hạnh Hằng Hiền Hoa Hương Huyền Lan Liên Linh "
                + "Loan Mai My Nga Ngân Ngọc Nhung Oanh Phương Quyên Tâm Thảo Trang Trinh Uyên Vy Yến");
        return names;
    }

    private static void part(Map<String, Object> names, String name, String words) {
        List<String> list = List.of(words.split(" "));
        names.put(name + "Names", list.stream().collect(Collectors.joining(",", "{", "}")));
        names.put(name + "Keys", list.stream().map(VietnameseNames::key).collect(Collectors.joining(",", "{", "}")));
    }

    private static Map<String, double[]> provinces() {
        Map<String, double[]> provinces = new LinkedHashMap<>();
        provinces.put("79", new double[] { 10.80, 106.70 });
        provinces.put("48", new double[] { 15.90, 108.20 });
        provinces.put("25", new double[] { 21.30, 105.30 });
        provinces.put("68", new double[] { 11.60, 108.10 });
        provinces.put("19", new double[] { 21.80, 105.80 });
        return provinces;
    }

    /** What one generation wrote ({@code generated} false: it was already there, nothing was written). */
    public record Report(boolean generated, LocalDate until, long classes, long learners, long completions,
            long vneidConfirmations, long attendance, long teamActivities, int schematicMaps) {

        static final Report NOTHING = new Report(false, null, 0, 0, 0, 0, 0, 0, 0);

        Map<String, Object> asMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("until", until.toString());
            map.put("classes", classes);
            map.put("learners", learners);
            map.put("completions", completions);
            map.put("vneidConfirmations", vneidConfirmations);
            map.put("attendance", attendance);
            map.put("teamActivities", teamActivities);
            map.put("schematicMaps", schematicMaps);
            return map;
        }
    }
}
