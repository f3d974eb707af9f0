package vn.bdhvs.campaign.web.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.reporting.progress.ProgressRecompute;

/**
 * {@code java -jar campaign-web.jar --recompute-progress}: rebuilds the progress counters from the
 * raw data and exits, for operators (the web has the same action for ADMINs).
 */
@Component
@Order(10)
class ProgressCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgressCommand.class);

    private final ProgressRecompute recompute;

    private final ConfigurableApplicationContext context;

    ProgressCommand(ProgressRecompute recompute, ConfigurableApplicationContext context) {
        this.recompute = recompute;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("recompute-progress")) {
            log.info("Recomputed the progress counters: {} rows", recompute.recomputeAll());
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
