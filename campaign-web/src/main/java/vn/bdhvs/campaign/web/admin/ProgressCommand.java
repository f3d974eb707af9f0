package vn.bdhvs.campaign.web.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.CampaignApplication;
import vn.bdhvs.campaign.reporting.progress.ProgressRecompute;

/**
 * {@code java -jar campaign-web.jar --recompute-progress}: rebuilds the progress counters from the
 * raw data, for operators (the web has the same action for ADMINs). {@link CampaignApplication}
 * starts no web server for it and exits afterwards.
 */
@Component
@Order(10)
class ProgressCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProgressCommand.class);

    private final ProgressRecompute recompute;

    ProgressCommand(ProgressRecompute recompute) {
        this.recompute = recompute;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption(CampaignApplication.RECOMPUTE_PROGRESS)) {
            log.info("Recomputed the progress counters: {} rows", recompute.recomputeAll());
        }
    }
}
