package vn.bdhvs.campaign.web;

import java.util.concurrent.atomic.AtomicInteger;


import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.CreateUserCmd;
import vn.bdhvs.campaign.core.accounts.Role;

/** Creates accounts with unique names, so tests sharing one database never see each other's. */
public final class TestAccounts {

    public static final String PASSWORD = "test-password-123";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestAccounts() {
    }

    public static String create(AccountService accounts, Role role, String provinceCode, String communeCode) {
        String username = "t" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
        accounts.createIfMissing(new CreateUserCmd(username, "Người dùng thử " + username, role, provinceCode,
                communeCode, PASSWORD));
        return username;
    }

}
