package vn.bdhvs.campaign.core.planning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Adds a target group, e.g. DISABLED "Người khuyết tật" / "People with disabilities". */
public record CreateTargetGroupCmd(
        @NotBlank(message = "{group.code.required}")
        @Pattern(regexp = "[A-Za-z][A-Za-z0-9_]{1,39}", message = "{group.code.pattern}") String code,
        @NotBlank(message = "{group.nameVi.required}") @Size(max = 200, message = "{group.name.size}") String nameVi,
        @NotBlank(message = "{group.nameEn.required}") @Size(max = 200, message = "{group.name.size}") String nameEn) {
}
