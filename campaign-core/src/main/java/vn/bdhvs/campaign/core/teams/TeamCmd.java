package vn.bdhvs.campaign.core.teams;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Registers a community digital technology team or a youth volunteer team. */
public record TeamCmd(
        @NotNull(message = "{team.kind.required}") TeamKind kind,
        @NotBlank(message = "{team.name.required}") @Size(max = 200, message = "{team.name.size}") String name,
        @NotNull(message = "{team.members.required}") @Min(value = 0, message = "{team.members.min}") Integer members,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate establishedOn,
        String submissionToken) {
}
