package vn.bdhvs.campaign.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The generator and the benchmark at smoke scale (2 communes, 10,000 learners), run end to end
 * against PostgreSQL and the packaged application, so that neither can rot: every figure is
 * measured, no request fails and the counters after the mixed load equal a full recompute.
 */
class BenchmarkSmokeIT {

    static final String DATABASE = "campaign_benchmark_smoke";

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void shouldGenerateAProvinceAndMeasureEveryFigure() throws Exception {
        String generated = run(Map.of(), "bin/generate-province", DATABASE, "smoke");
        assertThat(generated).contains("phase learners", "phase attendance", "phase recompute-progress");
        assertThat(generated).containsPattern("counters [1-9][0-9]*");

        String measured = run(Map.of("BENCHMARK_WARMUP", "1", "BENCHMARK_IMPORT_ROWS", "2000", "BENCHMARK_PORT",
                "18181"), "bin/benchmark", DATABASE, "2", "4");
        Map<String, Double> figures = new TreeMap<>();
        measured.lines().filter(line -> line.startsWith("figure ")).map(line -> line.split(" "))
                .forEach(parts -> figures.put(parts[1], Double.parseDouble(parts[2])));
        for (String page : List.of("dashboard.province", "commune.dashboard", "commune.classes", "commune.learners",
                "commune.class", "commune.attendance")) {
            assertThat(figures.get(page + ".requests")).as(page).isPositive();
            assertThat(figures.get(page + ".p99")).as(page).isPositive();
            assertThat(figures.get(page + ".server.p99")).as(page).isPositive();
            assertThat(figures.get(page + ".errors")).as(page).isZero();
        }
        assertThat(figures).containsKeys("dashboard.province.naive", "dashboard.province.speedup", "report.xlsx",
                "report.pdf", "heap.used", "rss.peak", "import.check", "import.copy", "import.share_of_copy");
        assertThat(figures.get("import.rows")).isPositive();
        assertThat(figures.get("heap.max")).isEqualTo(512);
        assertThat(figures.get("mixed.writes")).isPositive();
        assertThat(figures.get("mixed.errors")).isZero();
        assertThat(figures.get("mixed.counter_differences")).isZero();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        run(Map.of("PGPASSWORD", "campaign"), "dropdb", "-h", "localhost", "-U", "campaign", "--if-exists", DATABASE);
    }

    /** Runs the command from the repository's root; its output, after it succeeded. */
    private static String run(Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
