package vn.bdhvs.campaign.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Gives every test JVM a fresh PostgreSQL database: a Testcontainers container when a Docker
 * engine answers, otherwise a new database on the local server, dropped when the JVM exits.
 * Registered for every Spring Boot test context through {@code META-INF/spring.factories}
 * of this test-jar, so a test needs no annotation of its own.
 *
 * <p>The local server is reached with {@code CAMPAIGN_TEST_DB_URL} (default
 * {@code jdbc:postgresql://localhost:5432/postgres}), {@code CAMPAIGN_TEST_DB_USER} and
 * {@code CAMPAIGN_TEST_DB_PASSWORD} (default {@code campaign}/{@code campaign}, the role that
 * {@code db/postgres-up.sh} creates with CREATEDB).
 */
public final class PostgresTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Coordinates coordinates;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Coordinates db = coordinates();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("campaignTestDatabase", Map.of(
                "spring.datasource.url", db.url(),
                "spring.datasource.username", db.user(),
                "spring.datasource.password", db.password())));
    }

    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = dockerAvailable() ? startContainer() : createLocalDatabase();
        }
        return coordinates;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException ex) {
            return false;
        }
    }

    private static Coordinates startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        return new Coordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static Coordinates createLocalDatabase() {
        String adminUrl = env("CAMPAIGN_TEST_DB_URL", "jdbc:postgresql://localhost:5432/postgres");
        String user = env("CAMPAIGN_TEST_DB_USER", "campaign");
        String password = env("CAMPAIGN_TEST_DB_PASSWORD", "campaign");
        String name = "campaign_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"))
                + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
        execute(adminUrl, user, password, "create database " + name + " encoding 'UTF8' template template0");
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> execute(adminUrl, user, password, "drop database if exists " + name + " with (force)")));
        String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        return new Coordinates(url, user, password);
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Tests need PostgreSQL: no Docker engine answered, and the local server at "
                    + url + " refused '" + sql + "' for user " + user
                    + ". Run db/postgres-up.sh first (it starts the local server and creates the role).", ex);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    public record Coordinates(String url, String user, String password) {
    }
}
