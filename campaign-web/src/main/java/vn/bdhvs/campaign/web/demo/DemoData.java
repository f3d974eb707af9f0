package vn.bdhvs.campaign.web.demo;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.CreateUserCmd;
import vn.bdhvs.campaign.core.accounts.Role;

/**
 * The demo profile's users, one per role, and the banner that prints where to log in. These
 * accounts and their shared password exist only when the demo profile is active.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-bdhvs-2025";

    static final List<CreateUserCmd> USERS = List.of(
            new CreateUserCmd("quantri", "Quản trị hệ thống (demo)", Role.ADMIN, null, null, PASSWORD),
            new CreateUserCmd("bcd.hcm", "Văn phòng BCĐ TP. Hồ Chí Minh (demo)", Role.PROVINCE_STAFF, "79", null,
                    PASSWORD),
            new CreateUserCmd("quanly.hcm", "Lãnh đạo Sở KH&CN TP. Hồ Chí Minh (demo)", Role.MANAGER, "79", null,
                    PASSWORD),
            new CreateUserCmd("xa.thudaumot", "Cán bộ phường Thủ Dầu Một (demo)", Role.COMMUNE_OFFICIAL, null,
                    "25747", PASSWORD));

    private final AccountService accounts;

    private final Environment environment;

    DemoData(AccountService accounts, Environment environment) {
        this.accounts = accounts;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.forEach(accounts::createIfMissing);
    }

    @EventListener(ApplicationReadyEvent.class)
    void printLogins() {
        StringBuilder banner = new StringBuilder("\n================ Bình dân học vụ số (demo) ================\n")
                .append("  URL: http://localhost:").append(environment.getProperty("local.server.port", "8080"))
                .append("/\n");
        for (CreateUserCmd user : USERS) {
            banner.append(String.format("  %-17s %-14s mật khẩu: %s%n", user.role(), user.username(), PASSWORD));
        }
        banner.append("===========================================================\n");
        System.out.println(banner);
    }
}
