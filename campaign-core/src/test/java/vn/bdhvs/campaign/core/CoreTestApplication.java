package vn.bdhvs.campaign.core;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core module's services on real PostgreSQL (see PostgresTestDatabase), without any web layer. */
@SpringBootApplication
public class CoreTestApplication {
}
