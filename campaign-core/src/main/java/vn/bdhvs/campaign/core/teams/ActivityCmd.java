package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An activity report of a team: people guided, dossiers supported, events held (such as the
 * 10/10 digital transformation day), digital ambassadors and the people they guided.
 */
public record ActivityCmd(
        @NotNull(message = "{activity.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activityDate,
        @NotBlank(message = "{activity.title.required}") @Size(max = 200, message = "{activity.title.size}") String title,
        @Min(value = 0, message = "{activity.count.min}") int peopleGuided,
        @Min(value = 0, message = "{activity.count.min}") int dossiersSupported,
        @Min(value = 0, message = "{activity.count.min}") int eventsHeld,
        @Min(value = 0, message = "{activity.count.min}") int digitalAmbassadors,
        @Min(value = 0, message = "{activity.count.min}") int ambassadorGuided,
        String submissionToken) {
}
