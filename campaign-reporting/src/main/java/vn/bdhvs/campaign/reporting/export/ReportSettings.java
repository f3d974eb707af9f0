package vn.bdhvs.campaign.reporting.export;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.Role;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.ForbiddenException;
import vn.bdhvs.campaign.core.common.VersionedRows;
import vn.bdhvs.campaign.core.geography.GeographyService;
import vn.bdhvs.campaign.core.geography.ProvinceSummary;

/**
 * The heading of each province's reports: its own when its staff set one, else the defaults from
 * its name. PROVINCE_STAFF of the province or an ADMIN may change it; a stale form is refused.
 */
@Service
public class ReportSettings {

    private final JdbcClient jdbc;

    private final GeographyService geography;

    private final AuditLog audit;

    private final Clock clock;

    ReportSettings(JdbcClient jdbc, GeographyService geography, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.geography = geography;
        this.audit = audit;
        this.clock = clock;
    }

    /** The heading of a province's reports, and the version to save against (0: the defaults). */
    public record Stored(ProvinceSummary province, ReportHeading heading, long version) {
    }

    @Transactional(readOnly = true)
    public Stored settings(Actor actor, String provinceCode) {
        ProvinceSummary province = geography.province(actor.scope(), provinceCode).province();
        return stored(province);
    }

    /** The heading for a province's reports (no scope check: the report's own service did it). */
    Stored stored(ProvinceSummary province) {
        return jdbc.sql("""
                select parent_body, issuing_body, number_suffix, place, signer_authority, signer_title, signer_name,
                       recipients, version
                from report_setting where province_id = ?
                """).param(province.id()).query((rs, n) -> new Stored(province, new ReportHeading(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8)), rs.getLong(9))).optional()
                .orElseGet(() -> new Stored(province, ReportHeading.defaults(province), 0));
    }

    @Transactional
    public void save(Actor actor, String provinceCode, ReportHeading heading, long version) {
        if (!actor.is(Role.ADMIN) && !actor.is(Role.PROVINCE_STAFF)) {
            throw new ForbiddenException("report.settings");
        }
        Stored before = settings(actor, provinceCode);
        check(heading);
        int rows;
        if (version == 0 && before.version() == 0) {
            rows = jdbc.sql("""
                    insert into report_setting (province_id, parent_body, issuing_body, number_suffix, place,
                        signer_authority, signer_title, signer_name, recipients, version, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict (province_id) do nothing
                    """).params(before.province().id(), heading.parentBody(), heading.issuingBody(),
                    heading.numberSuffix(), heading.place(), heading.signerAuthority(), heading.signerTitle(),
                    heading.signerName(), heading.recipients(), actor.username(), OffsetDateTime.now(clock)).update();
        }
        else {
            rows = jdbc.sql("""
                    update report_setting set parent_body = ?, issuing_body = ?, number_suffix = ?, place = ?,
                        signer_authority = ?, signer_title = ?, signer_name = ?, recipients = ?, version = version + 1,
                        updated_by = ?, updated_at = ?
                    where province_id = ? and version = ?
                    """).params(heading.parentBody(), heading.issuingBody(), heading.numberSuffix(), heading.place(),
                    heading.signerAuthority(), heading.signerTitle(), heading.signerName(), heading.recipients(),
                    actor.username(), OffsetDateTime.now(clock), before.province().id(), version).update();
        }
        VersionedRows.check(rows);
        audit.record(actor.username(), "UPDATE", "report_setting", before.province().id(), toMap(before.heading()),
                toMap(heading));
    }

    private static void check(ReportHeading heading) {
        for (String line : new String[] { heading.parentBody(), heading.issuingBody(), heading.numberSuffix(),
            heading.place(), heading.signerAuthority(), heading.signerTitle() }) {
            if (line == null || line.isBlank()) {
                throw new DomainException("report.settings.required");
            }
            if (line.length() > 200) {
                throw new DomainException("report.settings.tooLong", 200);
            }
        }
        if (heading.signerName().length() > 100 || heading.recipients().length() > 1000) {
            throw new DomainException("report.settings.tooLong", 100);
        }
    }

    private static Map<String, Object> toMap(ReportHeading heading) {
        return Map.of("parentBody", heading.parentBody(), "issuingBody", heading.issuingBody(), "numberSuffix",
                heading.numberSuffix(), "place", heading.place(), "signerAuthority", heading.signerAuthority(),
                "signerTitle", heading.signerTitle(), "signerName", heading.signerName(), "recipients",
                heading.recipients());
    }
}
