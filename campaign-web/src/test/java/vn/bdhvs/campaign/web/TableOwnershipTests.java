package vn.bdhvs.campaign.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * One owner per table (DESIGN §8): each table is read and written by SQL in exactly one feature
 * package; other features go through that feature's public services and query records. The test
 * reads the SQL in the string literals of the main sources of every module, and the tables the
 * Flyway migrations create.
 */
class TableOwnershipTests {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** Every table and the one feature package whose SQL may name it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("province", "core.geography"), Map.entry("commune", "core.geography"),
            Map.entry("commune_lineage", "core.geography"), Map.entry("reference_data_import", "core.geography"),
            Map.entry("commune_boundary_set", "core.boundaries"),
            Map.entry("user_account", "core.accounts"), Map.entry("login_failure", "core.accounts"),
            Map.entry("audit_log", "core.audit"), Map.entry("form_submission", "core.common"),
            Map.entry("target_group", "core.planning"), Map.entry("indicator", "core.planning"),
            Map.entry("kpi_target", "core.planning"), Map.entry("population_baseline", "core.planning"),
            Map.entry("training_class", "core.classes"), Map.entry("training_class_group", "core.classes"),
            Map.entry("class_session", "core.classes"), Map.entry("enrollment", "core.classes"),
            Map.entry("attendance", "core.classes"),
            Map.entry("learner", "core.learners"), Map.entry("citizen_id_lookup", "core.learners"),
            Map.entry("community_team", "core.teams"), Map.entry("team_activity", "core.teams"),
            Map.entry("import_job", "core.imports"), Map.entry("import_row_error", "core.imports"),
            Map.entry("import_mapping", "core.imports"),
            Map.entry("progress_counter", "reporting.progress"),
            Map.entry("data_version", "reporting.progress"), Map.entry("reference_data_version", "reporting.progress"),
            Map.entry("report_setting", "reporting.export"), Map.entry("report_file", "reporting.export"));

    /**
     * The demo seeding (demo profile only, never in production) writes a year of history into the
     * tables of every feature directly, for speed; it is not a feature and reads nothing back.
     */
    static final String SEEDING = "core.demo";

    static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** A table of {@link #OWNERS} after a keyword that names a table in SQL. */
    static final Pattern SQL_TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|table|using)\\s+("
            + String.join("|", OWNERS.keySet()) + ")\\b");

    static final Pattern ENTITY_TABLE = Pattern.compile("(?:@Table|@CollectionTable)\\(name = \"(\\w+)\"");

    @Test
    void shouldGiveEveryTableOfTheMigrationsOneOwner() {
        assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(migratedTables());
    }

    @Test
    void shouldLetOnlyTheOwningPackageNameATableInSql() {
        List<String> violations = new ArrayList<>();
        Map<String, Set<String>> named = tablesNamedByPackage();
        named.forEach((pkg, tables) -> tables.stream().filter(table -> !OWNERS.get(table).equals(pkg))
                .forEach(table -> violations.add(pkg + " names " + table + ", owned by " + OWNERS.get(table))));
        assertThat(violations).isEmpty();
    }

    @Test
    void shouldFindEachTableInItsOwnersSql() {
        Map<String, Set<String>> named = tablesNamedByPackage();
        OWNERS.forEach((table, owner) -> assertThat(named.getOrDefault(owner, Set.of()))
                .as("SQL of %s", owner).contains(table));
    }

    /** Per package (e.g. {@code core.classes}), the tables its SQL and entity mappings name. */
    static Map<String, Set<String>> tablesNamedByPackage() {
        Map<String, Set<String>> named = new java.util.TreeMap<>();
        for (String module : List.of("campaign-core", "campaign-reporting", "campaign-web")) {
            Path sources = ROOT.resolve(module).resolve("src/main/java/vn/bdhvs/campaign");
            for (Path file : javaFiles(sources)) {
                String pkg = sources.relativize(file.getParent()).toString().replace('/', '.');
                if (pkg.equals(SEEDING)) {
                    continue;
                }
                Set<String> tables = tablesIn(read(file));
                if (!tables.isEmpty()) {
                    named.computeIfAbsent(pkg, k -> new TreeSet<>()).addAll(tables);
                }
            }
        }
        return named;
    }

    /** The tables a source file's SQL names: in from/join/into/update/table/using clauses, or as an entity's table. */
    static Set<String> tablesIn(String source) {
        Set<String> tables = new TreeSet<>();
        Matcher entity = ENTITY_TABLE.matcher(source);
        while (entity.find()) {
            tables.add(entity.group(1));
        }
        Matcher literal = LITERAL.matcher(source);
        while (literal.find()) {
            String text = literal.group(1) != null ? literal.group(1) : literal.group(2);
            Matcher sql = SQL_TABLE.matcher(text);
            while (sql.find()) {
                tables.add(sql.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static Set<String> migratedTables() {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table (?:if not exists )?(\\w+)");
        for (Path file : files(ROOT.resolve("db/src/main/resources/db/migration"), ".sql")) {
            Matcher m = create.matcher(read(file));
            while (m.find()) {
                tables.add(m.group(1).toLowerCase());
            }
        }
        return tables;
    }

    private static List<Path> javaFiles(Path dir) {
        return files(dir, ".java");
    }

    private static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
