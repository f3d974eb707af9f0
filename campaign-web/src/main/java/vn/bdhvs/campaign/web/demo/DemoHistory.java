package vn.bdhvs.campaign.web.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bdhvs.campaign.core.demo.DemoHistoryGenerator;
import vn.bdhvs.campaign.reporting.progress.ProgressRecompute;

/**
 * At every start of the demo profile, after the demo campaign's plans: the generated history
 * (classes, learners, completions, teams, baselines, schematic maps) when it is not there yet, then
 * the app's own full recompute, so the counters equal the raw rows. One transaction: a failure
 * leaves nothing behind. {@code campaign.demo.history.enabled} switches it (on in
 * application-demo.properties; off for the web tests, which assert exact figures on an empty history).
 */
@Component
@Profile("demo")
@Order(4)
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final DemoHistoryGenerator generator;

    private final ProgressRecompute recompute;

    private final TransactionTemplate transaction;

    private final boolean enabled;

    DemoHistory(DemoHistoryGenerator generator, ProgressRecompute recompute, PlatformTransactionManager transactions,
            @Value("${campaign.demo.history.enabled:false}") boolean enabled) {
        this.generator = generator;
        this.recompute = recompute;
        this.transaction = new TransactionTemplate(transactions);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("recompute-progress")) {
            return;
        }
        if (!enabled) {
            log.info("Demo history not generated (campaign.demo.history.enabled=false)");
            return;
        }
        long started = System.nanoTime();
        DemoHistoryGenerator.Report report = generate();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (report.generated()) {
            log.info("Demo history generated in {} ms (up to {}): {} classes, {} learners, {} completions, "
                    + "{} VNeID confirmations, {} attendance rows, {} team activity reports, {} schematic maps",
                    millis, report.until(), report.classes(), report.learners(), report.completions(),
                    report.vneidConfirmations(), report.attendance(), report.teamActivities(), report.schematicMaps());
        }
        else {
            log.info("Demo history already present, nothing generated ({} ms)", millis);
        }
    }

    /** Generates the history if it is missing and rebuilds the counters, in the caller's transaction if any. */
    DemoHistoryGenerator.Report generate() {
        return transaction.execute(status -> {
            DemoHistoryGenerator.Report report = generator.generate();
            if (report.generated()) {
                recompute.recomputeAll();
            }
            return report;
        });
    }
}
