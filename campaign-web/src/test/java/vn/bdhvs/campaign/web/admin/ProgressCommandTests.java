package vn.bdhvs.campaign.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.bdhvs.campaign.CampaignApplication;
import vn.bdhvs.campaign.db.PostgresTestDatabase;

/** {@code --recompute-progress} is a command: no web server, so a port already in use does not matter. */
class ProgressCommandTests {

    @Test
    void shouldRecomputeTheCountersWithoutStartingAWebServer() throws Exception {
        PostgresTestDatabase.Coordinates db = PostgresTestDatabase.coordinates();
        try (ServerSocket busy = new ServerSocket(0);
                ConfigurableApplicationContext context = CampaignApplication.command("--recompute-progress",
                        "--server.port=" + busy.getLocalPort(), "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.user(), "--spring.datasource.password=" + db.password(),
                        "--campaign.training.citizen-id-key-file=target/test-citizen-id.key")) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            // the counters were rebuilt from the raw rows: a counter no raw row supports is gone
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            jdbc.sql("""
                    insert into progress_counter (commune_id, group_id, month, metric, value, updated_at)
                    select min(id), null, date '2025-01-01', 'CLASSES_HELD', 999, now() from commune
                    """).update();
            context.getBean("progressCommand", org.springframework.boot.ApplicationRunner.class).run(new org.springframework.boot.DefaultApplicationArguments("--recompute-progress"));
            assertThat(jdbc.sql("select count(*) from progress_counter where value = 999").query(Long.class).single())
                    .isZero();
        }
    }
}
