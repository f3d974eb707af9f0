package vn.bdhvs.campaign.reporting.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Status thresholds, as fractions of the target reached by the run-rate projection to 31/12:
 * at least {@code onTrack} is on track, at least {@code atRisk} is at risk, less is behind.
 */
@ConfigurationProperties("campaign.progress.status")
public record StatusThresholds(@DefaultValue("1.0") double onTrack, @DefaultValue("0.9") double atRisk) {

    public StatusThresholds {
        if (atRisk <= 0 || atRisk > onTrack) {
            throw new IllegalArgumentException("Need 0 < atRisk <= onTrack, got " + atRisk + " and " + onTrack);
        }
    }
}
