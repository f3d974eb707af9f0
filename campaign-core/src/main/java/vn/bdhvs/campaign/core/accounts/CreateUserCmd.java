package vn.bdhvs.campaign.core.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Creates an account. The scope unit is given by code: a province code for PROVINCE_STAFF and a
 * province-wide MANAGER, a commune code for a COMMUNE_OFFICIAL or a commune MANAGER.
 */
public record CreateUserCmd(
        @NotBlank(message = "{account.username.required}")
        @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}", message = "{account.username.pattern}") String username,
        @NotBlank(message = "{account.displayName.required}")
        @Size(max = 120, message = "{account.displayName.size}") String displayName,
        @NotNull(message = "{account.role.required}") Role role,
        String provinceCode,
        String communeCode,
        @NotBlank(message = "{account.password.required}")
        @Size(min = 10, max = 100, message = "{account.password.size}") String password) {
}
