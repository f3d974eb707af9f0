package vn.bdhvs.campaign.web.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.bdhvs.campaign.core.accounts.AccountService;
import vn.bdhvs.campaign.core.accounts.CreateUserCmd;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ReferenceDataImporter;

/**
 * At start-up: imports the reference data file when its content changed since the last import,
 * and creates the first administrator of a fresh installation from configuration. There is no
 * built-in password: without {@code CAMPAIGN_ADMIN_USERNAME}/{@code CAMPAIGN_ADMIN_PASSWORD}
 * no account is created.
 */
@Component
@Order(1)
class AdminStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminStartup.class);

    private final ReferenceDataImporter importer;

    private final GeographyService geography;

    private final AccountService accounts;

    private final Path referenceFile;

    private final boolean importOnStartup;

    private final String adminUsername;

    private final String adminPassword;

    AdminStartup(ReferenceDataImporter importer, GeographyService geography, AccountService accounts,
            @Value("${campaign.reference-data.file}") Path referenceFile,
            @Value("${campaign.reference-data.import-on-startup:true}") boolean importOnStartup,
            @Value("${campaign.bootstrap-admin.username:}") String adminUsername,
            @Value("${campaign.bootstrap-admin.password:}") String adminPassword) {
        this.importer = importer;
        this.geography = geography;
        this.accounts = accounts;
        this.referenceFile = referenceFile;
        this.importOnStartup = importOnStartup;
        this.adminUsername = adminUsername;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (importOnStartup && Files.isReadable(referenceFile)) {
            importer.importIfChanged(referenceFile, "system");
        }
        else if (geography.counts().currentProvinces() == 0) {
            log.warn("No administrative units loaded and {} is not readable: run bin/fetch-reference-data.sh, "
                    + "or upload the file as ADMIN at /admin/reference-data", referenceFile);
        }
        if (!adminUsername.isBlank() && !adminPassword.isBlank() && !accounts.anyAdmin()) {
            accounts.createIfMissing(new CreateUserCmd(adminUsername, "Quản trị hệ thống", Role.ADMIN, null, null,
                    adminPassword));
            log.info("Created the first administrator '{}'", adminUsername);
        }
    }
}
