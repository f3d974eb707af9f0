package vn.bdhvs.campaign.core.learners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Registers a learner in a commune. The citizen ID is optional; when given it must have 12 digits.
 * A name a spreadsheet would run as a formula (starting with =, +, -, @) is refused, as in imports.
 */
public record RegisterLearnerCmd(
        @NotBlank(message = "{learner.fullName.required}") @Size(max = 120, message = "{learner.fullName.size}")
        @Pattern(regexp = "(?s)(?!\\s*[=+@-]).*", message = "{learner.fullName.formulaLike}") String fullName,
        @NotNull(message = "{learner.birthYear.required}") Integer birthYear,
        @NotNull(message = "{learner.gender.required}") Gender gender,
        @NotNull(message = "{learner.group.required}") Long groupId,
        @Pattern(regexp = "^$|^[0-9 .+()-]{8,20}$", message = "{learner.phone.pattern}") String phone,
        @Pattern(regexp = "^$|^\\s*\\d{12}\\s*$", message = "{learner.citizenId.invalid}") String citizenId,
        Long classId,
        String submissionToken) {
}
