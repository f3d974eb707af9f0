package vn.bdhvs.campaign.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, on real PostgreSQL, with the demo profile's users but not
 * its generated history. Every web test uses exactly this configuration, so they all share one
 * Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "campaign.training.citizen-id-key-file=target/test-citizen-id.key",
                // many tests assert exact figures on an empty history; DemoHistoryTests generates it and rolls back
                "campaign.demo.history.enabled=false" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
public @interface CampaignWebTest {

    /** The password of the demo users (DemoData). */
    String DEMO_PASSWORD = "demo-bdhvs-2025";
}
