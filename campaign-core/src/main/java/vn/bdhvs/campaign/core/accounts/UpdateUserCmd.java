package vn.bdhvs.campaign.core.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Renames and re-scopes an account; {@code version} is the one the administrator saw. */
public record UpdateUserCmd(
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = 120, message = "{account.displayName.size}") String displayName,
        @NotNull(message = "{account.role.required}") Role role,
        String provinceCode,
        String communeCode,
        long version) {
}
