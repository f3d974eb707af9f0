package vn.bdhvs.campaign.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class UserAccountTests {

    static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

    static final Instant NOW = Instant.parse("2025-10-10T02:00:00Z");

    @Test
    void shouldLockAfterTheFifthFailureForFifteenMinutes() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.registerFailedLogin(NOW, POLICY);
        }
        assertThat(account.isLocked(NOW)).isFalse();
        account.registerFailedLogin(NOW, POLICY);
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void shouldNotExtendALockWithFailuresDuringIt() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.registerFailedLogin(NOW, POLICY);
        }
        account.registerFailedLogin(NOW.plus(Duration.ofMinutes(10)), POLICY);
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void shouldStartCountingAgainAfterASuccessfulLogin() {
        UserAccount account = account();
        for (int i = 0; i < 4; i++) {
            account.registerFailedLogin(NOW, POLICY);
        }
        account.registerSuccessfulLogin(NOW);
        account.registerFailedLogin(NOW, POLICY);
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void shouldLiftALockWhenAnAdministratorEnablesTheAccount() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.registerFailedLogin(NOW, POLICY);
        }
        account.enable();
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void shouldRefuseAScopeThatDoesNotFitTheRole() {
        assertThatThrownBy(() -> new UserAccount("a", "A", "h", Role.ADMIN, 1L, null, NOW))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> new UserAccount("a", "A", "h", Role.PROVINCE_STAFF, 1L, 2L, NOW))
                .isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> new UserAccount("a", "A", "h", Role.COMMUNE_OFFICIAL, 1L, null, NOW))
                .isInstanceOf(AccountException.class);
        assertThat(new UserAccount("a", "A", "h", Role.MANAGER, 1L, 2L, NOW).getCommuneId()).isEqualTo(2L);
    }

    private static UserAccount account() {
        return new UserAccount("canbo", "Cán bộ", "{noop}x", Role.MANAGER, 1L, null, NOW);
    }
}
