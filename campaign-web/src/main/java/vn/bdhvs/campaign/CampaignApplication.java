package vn.bdhvs.campaign;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The campaign platform: every module's features, scanned from the base package. With
 * {@code --recompute-progress} it runs that command without a web server (so a busy port does
 * not matter) and exits. Scheduled work (erasing old uploaded files) runs in every instance.
 */
@SpringBootApplication
@EnableScheduling
public class CampaignApplication {

    public static final String RECOMPUTE_PROGRESS = "recompute-progress";

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--" + RECOMPUTE_PROGRESS)) {
            System.exit(SpringApplication.exit(command(args)));
        }
        SpringApplication.run(CampaignApplication.class, args);
    }

    /** Starts the application without a web server, for a command given in the arguments. */
    public static ConfigurableApplicationContext command(String... args) {
        return new SpringApplicationBuilder(CampaignApplication.class).web(WebApplicationType.NONE).run(args);
    }
}
