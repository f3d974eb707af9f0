package vn.bdhvs.campaign.core.learners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.accounts.CommuneAccess;
import vn.bdhvs.campaign.core.audit.AuditLog;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;
import vn.bdhvs.campaign.core.common.SubmissionGuard;
import vn.bdhvs.campaign.core.geography.CommuneSummary;
import vn.bdhvs.campaign.core.geography.VietnameseNames;
import vn.bdhvs.campaign.core.planning.PlanningCatalog;

/**
 * Learners of a commune. A citizen ID, when given, is kept only as a keyed HMAC: a second
 * registration of the same person, in any commune, is recognised and returned instead.
 */
@Service
public class LearnerService {

    private static final String SUMMARY = """
            select l.id, l.full_name, l.birth_year, l.gender, l.group_id, l.phone, l.first_completed_on,
                l.vneid_confirmed_on
            from learner l
            """;

    private final LearnerRepository learners;

    private final CommuneAccess access;

    private final CitizenIdHasher hasher;

    private final CitizenIdLookups lookups;

    private final PlanningCatalog catalog;

    private final JdbcClient jdbc;

    private final SubmissionGuard submissions;

    private final AuditLog audit;

    private final Clock clock;

    LearnerService(LearnerRepository learners, CommuneAccess access, CitizenIdHasher hasher, CitizenIdLookups lookups,
            PlanningCatalog catalog, JdbcClient jdbc, SubmissionGuard submissions, AuditLog audit, Clock clock) {
        this.learners = learners;
        this.access = access;
        this.hasher = hasher;
        this.lookups = lookups;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Learners of the commune whose name contains the query (accents and case as typed are folded). */
    @Transactional(readOnly = true)
    public List<LearnerSummary> search(Actor actor, String communeCode, String query, int limit) {
        CommuneSummary commune = access.readable(actor, communeCode);
        String key = VietnameseNames.key(query);
        String pattern = key == null ? "%" : "%" + key.replace("%", "").replace("_", "") + "%";
        return jdbc.sql(SUMMARY + " where l.commune_id = ? and l.name_key like ? order by l.name_key, l.id limit ?")
                .params(commune.id(), pattern, limit).query((rs, n) -> summary(rs, commune)).list();
    }

    /**
     * Registers a learner, or recognises the person already registered under the same citizen ID,
     * wherever they were registered: nothing is created twice. Within the caller's scope the
     * person is returned; outside it only the fact that they are registered elsewhere, so that a
     * citizen ID reveals no name, age or place beyond the caller's scope. Look-ups that find
     * someone count towards the caller's hourly limit ({@link CitizenIdLookups}).
     */
    @Transactional
    public Registration register(Actor actor, String communeCode, RegisterLearnerCmd cmd) {
        CommuneSummary commune = access.readable(actor, communeCode);
        access.writable(actor, commune.id());
        String hmac = cmd.citizenId() == null || cmd.citizenId().isBlank() ? null : hasher.hash(cmd.citizenId());
        if (hmac != null) {
            lookups.checkAvailable(actor);
            Optional<Learner> existing = learners.findByCitizenIdHmac(hmac);
            if (existing.isPresent()) {
                lookups.record(actor);
                Learner found = existing.get();
                if (access.inScope(actor, found.getCommuneId())) {
                    return new Registration(summary(found, access.readable(actor, found.getCommuneId())),
                            Registration.Outcome.ALREADY_REGISTERED_HERE);
                }
                audit.record(actor.username(), "CITIZEN_ID_MATCH_ELSEWHERE", "learner", found.getId(), null,
                        Map.of("atCommuneId", commune.id()));
                return new Registration(null, Registration.Outcome.REGISTERED_ELSEWHERE);
            }
        }
        if (catalog.groups().stream().noneMatch(g -> g.id() == cmd.groupId() && g.active())) {
            throw new DomainException("learner.group.unknown");
        }
        submissions.claim(cmd.submissionToken(), actor.username());
        Learner learner = learners.save(new Learner(commune.id(), cmd.fullName(), cmd.birthYear(), cmd.gender(),
                cmd.groupId(), cmd.phone(), hmac, Year.now(clock).getValue(), clock.instant(), actor.username()));
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("communeId", commune.id());
        state.put("fullName", learner.getFullName());
        state.put("birthYear", cmd.birthYear());
        state.put("gender", cmd.gender());
        state.put("groupId", cmd.groupId());
        state.put("citizenId", hmac == null ? null : "(HMAC)");
        audit.record(actor.username(), "CREATE", "learner", learner.getId(), null, state);
        return new Registration(summary(learner, commune), Registration.Outcome.REGISTERED);
    }

    @Transactional(readOnly = true)
    public LearnerSummary get(Actor actor, long learnerId) {
        Learner learner = learners.findById(learnerId).orElseThrow(() -> new NotFoundException("learner", learnerId));
        return summary(learner, access.readable(actor, learner.getCommuneId()));
    }

    @Transactional(readOnly = true)
    public LearnerFigures figures(Actor actor, String communeCode) {
        CommuneSummary commune = access.readable(actor, communeCode);
        return jdbc.sql("""
                select count(*), count(first_completed_on), count(vneid_confirmed_on) from learner where commune_id = ?
                """).param(commune.id()).query((rs, n) -> new LearnerFigures(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    private static LearnerSummary summary(Learner l, CommuneSummary commune) {
        return new LearnerSummary(l.getId(), l.getFullName(), l.getBirthYear(), l.getGender(), l.getGroupId(),
                l.getPhone(), commune.code(), commune.name(), l.getFirstCompletedOn(), l.getVneidConfirmedOn());
    }

    private static LearnerSummary summary(ResultSet rs, CommuneSummary commune) throws SQLException {
        return new LearnerSummary(rs.getLong(1), rs.getString(2), rs.getInt(3), Gender.valueOf(rs.getString(4)),
                rs.getLong(5), rs.getString(6), commune.code(), commune.name(), rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class));
    }
}
