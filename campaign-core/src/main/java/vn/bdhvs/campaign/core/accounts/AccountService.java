package vn.bdhvs.campaign.core.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.ConcurrentChangeException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;
import vn.bdhvs.campaign.core.geography.UnitScope;

/** User accounts: login bookkeeping for everyone, administration for ADMINs only. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;

    private final GeographyService geography;

    private final PasswordEncoder passwordEncoder;

    private final LockoutPolicy lockout;

    private final LoginThrottle throttle;

    private final AuditLog audit;

    private final Clock clock;

    AccountService(UserAccountRepository accounts, GeographyService geography, PasswordEncoder passwordEncoder,
            LockoutPolicy lockout, LoginThrottle throttle, AuditLog audit, Clock clock) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.geography = geography;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String username) {
        return accounts.findByUsername(username).map(account -> new LoginAccount(account.getId(),
                account.getUsername(), account.getPasswordHash(), account.getDisplayName(), account.getRole(),
                scopeOf(account), account.isEnabled(), account.isLocked(clock.instant())));
    }

    /**
     * The display names of the accounts with these usernames, for pages that say who did what;
     * a name that is no account (a system actor) is absent.
     */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new LinkedHashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findByUsernameIn(usernames).forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        }
        return names;
    }

    /** A wrong password for the account (if it exists): counts towards the lock; a lock is audited. */
    @Transactional
    public void loginFailed(String username, String clientAddress) {
        accounts.findByUsername(username).ifPresent(account -> {
            boolean wasLocked = account.isLocked(clock.instant());
            account.registerFailedLogin(clock.instant(), lockout);
            if (!wasLocked && account.isLocked(clock.instant())) {
                audit.record("system", "LOCKED", "user_account", account.getId(), null,
                        Map.of("username", account.getUsername(), "lockedUntil", account.getLockedUntil().toString(),
                                "lastClient", clientAddress));
            }
        });
    }

    @Transactional
    public void loginSucceeded(String username) {
        accounts.findByUsername(username).ifPresent(account -> account.registerSuccessfulLogin(clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> list(Actor actor) {
        requireAdmin(actor);
        return accounts.findAllByOrderByUsername().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public UserSummary get(Actor actor, long id) {
        requireAdmin(actor);
        return summary(load(id));
    }

    @Transactional
    public long create(Actor actor, CreateUserCmd cmd) {
        requireAdmin(actor);
        if (accounts.findByUsername(cmd.username()).isPresent()) {
            throw new AccountException("username", "account.username.taken", cmd.username());
        }
        Unit unit = unit(cmd.role(), cmd.provinceCode(), cmd.communeCode());
        UserAccount account = accounts.save(new UserAccount(cmd.username().trim(), cmd.displayName().trim(),
                passwordEncoder.encode(cmd.password()), cmd.role(), unit.provinceId(), unit.communeId(),
                clock.instant()));
        audit.record(actor.username(), "CREATE", "user_account", account.getId(), null, state(account));
        return account.getId();
    }

    @Transactional
    public void update(Actor actor, long id, UpdateUserCmd cmd) {
        requireAdmin(actor);
        UserAccount account = load(id);
        if (account.getVersion() != cmd.version()) {
            throw new ConcurrentChangeException();
        }
        Map<String, Object> before = state(account);
        Unit unit = unit(cmd.role(), cmd.provinceCode(), cmd.communeCode());
        account.rename(cmd.displayName().trim());
        account.rescope(cmd.role(), unit.provinceId(), unit.communeId());
        accounts.flush();
        audit.record(actor.username(), "UPDATE", "user_account", id, before, state(account));
    }

    @Transactional
    public void setEnabled(Actor actor, long id, boolean enabled) {
        requireAdmin(actor);
        UserAccount account = load(id);
        if (!enabled && account.getUsername().equalsIgnoreCase(actor.username())) {
            throw new AccountException(null, "account.cannotDisableSelf");
        }
        Map<String, Object> before = state(account);
        if (enabled) {
            account.enable();
        }
        else {
            account.disable();
        }
        accounts.flush();
        audit.record(actor.username(), enabled ? "ENABLE" : "DISABLE", "user_account", id, before, state(account));
    }

    /** Lifts a lock and forgets every client's failed logins for the account. */
    @Transactional
    public void unlock(Actor actor, long id) {
        requireAdmin(actor);
        UserAccount account = load(id);
        Map<String, Object> before = Map.of("lockedUntil", String.valueOf(account.getLockedUntil()),
                "failedLogins", account.getFailedLogins());
        account.unlock();
        throttle.forget(account.getUsername());
        accounts.flush();
        audit.record(actor.username(), "UNLOCK", "user_account", id, before, Map.of("lockedUntil", "null"));
    }

    /**
     * Creates the account unless the username exists: for the first administrator of a fresh
     * installation and for the demo users. Returns whether it was created.
     */
    @Transactional
    public boolean createIfMissing(CreateUserCmd cmd) {
        if (accounts.findByUsername(cmd.username()).isPresent()) {
            return false;
        }
        Unit unit = unit(cmd.role(), cmd.provinceCode(), cmd.communeCode());
        UserAccount account = accounts.save(new UserAccount(cmd.username(), cmd.displayName(),
                passwordEncoder.encode(cmd.password()), cmd.role(), unit.provinceId(), unit.communeId(),
                clock.instant()));
        audit.record("system", "CREATE", "user_account", account.getId(), null, state(account));
        return true;
    }

    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return accounts.existsByRole(Role.ADMIN);
    }

    private void requireAdmin(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("account.manage");
        }
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("user", id));
    }

    /** Resolves the scope unit of a command; the role decides which codes are needed. */
    private Unit unit(Role role, String provinceCode, String communeCode) {
        String province = blankToNull(provinceCode);
        String commune = blankToNull(communeCode);
        return switch (role) {
            case ADMIN -> new Unit(null, null);
            case PROVINCE_STAFF -> new Unit(province(province).id(), null);
            case MANAGER -> commune != null ? communeUnit(commune, province) : new Unit(province(province).id(), null);
            case COMMUNE_OFFICIAL -> {
                if (commune == null) {
                    throw new AccountException("communeCode", "account.commune.required");
                }
                yield communeUnit(commune, province);
            }
        };
    }

    private Unit communeUnit(String communeCode, String provinceCode) {
        CommuneSummary commune = geography.findCommune(communeCode)
                .orElseThrow(() -> new AccountException("communeCode", "account.commune.unknown", communeCode));
        if (provinceCode != null && !province(provinceCode).id().equals(commune.provinceId())) {
            throw new AccountException("communeCode", "account.commune.notInProvince", communeCode, provinceCode);
        }
        return new Unit(commune.provinceId(), commune.id());
    }

    private ProvinceRef province(String code) {
        if (code == null) {
            throw new AccountException("provinceCode", "account.province.required");
        }
        return geography.findProvince(code).filter(p -> !p.former()).map(p -> new ProvinceRef(p.id()))
                .orElseThrow(() -> new AccountException("provinceCode", "account.province.unknown", code));
    }

    private UnitScope scopeOf(UserAccount account) {
        return switch (account.getRole()) {
            case ADMIN -> UnitScope.nation();
            case PROVINCE_STAFF -> UnitScope.province(account.getProvinceId());
            case MANAGER -> account.getCommuneId() == null ? UnitScope.province(account.getProvinceId())
                    : UnitScope.commune(account.getProvinceId(), account.getCommuneId());
            case COMMUNE_OFFICIAL -> UnitScope.commune(account.getProvinceId(), account.getCommuneId());
        };
    }

    private UserSummary summary(UserAccount account) {
        Optional<ProvinceSummary> province = Optional.ofNullable(account.getProvinceId())
                .flatMap(geography::findProvince);
        Optional<CommuneSummary> commune = Optional.ofNullable(account.getCommuneId()).flatMap(geography::findCommune);
        return new UserSummary(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                province.map(ProvinceSummary::code).orElse(null), province.map(ProvinceSummary::name).orElse(null),
                commune.map(CommuneSummary::code).orElse(null), commune.map(CommuneSummary::name).orElse(null),
                account.isEnabled(), account.isLocked(clock.instant()), account.getLastLoginAt(),
                account.getVersion());
    }

    private static Map<String, Object> state(UserAccount account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.getUsername());
        state.put("displayName", account.getDisplayName());
        state.put("role", account.getRole());
        state.put("provinceId", account.getProvinceId());
        state.put("communeId", account.getCommuneId());
        state.put("enabled", account.isEnabled());
        return state;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private record Unit(Long provinceId, Long communeId) {
    }

    private record ProvinceRef(Long id) {
    }
}
