package vn.bdhvs.campaign;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The core and reporting services on real PostgreSQL (see PostgresTestDatabase), without any web layer. */
@SpringBootApplication
public class ReportingTestApplication {
}
