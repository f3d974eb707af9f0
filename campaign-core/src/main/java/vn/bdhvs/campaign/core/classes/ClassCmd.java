package vn.bdhvs.campaign.core.classes;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Creates or changes a class. {@code status} is ignored on creation (a new class is planned). */
public record ClassCmd(
        @NotBlank(message = "{class.title.required}") @Size(max = 200, message = "{class.title.size}") String title,
        @NotNull(message = "{class.topic.required}") Topic topic,
        @NotNull(message = "{class.format.required}") ClassFormat format,
        @NotNull(message = "{class.organiser.required}") Organiser organiser,
        @NotEmpty(message = "{class.groups.required}") List<Long> groupIds,
        @NotNull(message = "{class.startDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @NotNull(message = "{class.endDate.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Size(max = 200, message = "{class.place.size}") String place,
        @NotNull(message = "{class.capacity.required}") @Min(value = 1, message = "{class.capacity.range}")
        @Max(value = 10000, message = "{class.capacity.range}") Integer capacity,
        ClassStatus status,
        String submissionToken) {
}
