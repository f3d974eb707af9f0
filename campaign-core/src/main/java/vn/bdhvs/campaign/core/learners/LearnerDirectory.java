package vn.bdhvs.campaign.core.learners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.bdhvs.campaign.core.accounts.Actor;
import vn.bdhvs.campaign.core.common.DomainException;
import vn.bdhvs.campaign.core.common.NotFoundException;

/**
 * Learners as other features see them: by id, or by citizen ID for an enrolment. The caller has
 * checked the scope: the classes feature asks only for learners of a class it may see.
 */
@Component
@Transactional(readOnly = true)
public class LearnerDirectory {

    private final JdbcClient jdbc;

    private final LearnerRepository learners;

    private final CitizenIdHasher hasher;

    private final CitizenIdLookups lookups;

    LearnerDirectory(JdbcClient jdbc, LearnerRepository learners, CitizenIdHasher hasher, CitizenIdLookups lookups) {
        this.jdbc = jdbc;
        this.learners = learners;
        this.hasher = hasher;
        this.lookups = lookups;
    }

    /**
     * The learners, in the order of their names. Read as rows, not entities: a class page asks for
     * a hundred learners on every view, and nothing here is changed.
     */
    public List<LearnerRef> refs(Collection<Long> ids) {
        return jdbc.sql("""
                select id, full_name, name_key, birth_year, group_id, commune_id from learner
                where id = any(?) order by name_key collate "C", id
                """).param(ids.toArray(Long[]::new)).query((rs, n) -> new LearnerRef(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getLong(5), rs.getLong(6))).list();
    }

    /** The learners, in the order given, each registered in the commune; an id from elsewhere is not found. */
    public List<LearnerRef> inCommune(long communeId, Collection<Long> ids) {
        Set<Long> unique = new LinkedHashSet<>(ids);
        Map<Long, Learner> found = learners.findAllById(unique).stream()
                .collect(Collectors.toMap(Learner::getId, Function.identity()));
        List<LearnerRef> refs = new ArrayList<>();
        for (Long id : unique) {
            Learner learner = found.get(id);
            if (learner == null || learner.getCommuneId() != communeId) {
                throw new NotFoundException("learner", id);
            }
            refs.add(ref(learner));
        }
        return refs;
    }

    /**
     * The person registered under a citizen ID, wherever they were registered, for enrolling them
     * in a class the caller may change. The look-up counts towards the caller's hourly limit
     * ({@link CitizenIdLookups}), even when the enrolment is then refused.
     */
    @Transactional
    public LearnerRef findByCitizenId(Actor actor, String citizenId) {
        String hmac = hasher.hash(citizenId);
        lookups.checkAvailable(actor);
        lookups.record(actor);
        return learners.findByCitizenIdHmac(hmac).map(LearnerDirectory::ref)
                .orElseThrow(() -> new DomainException("enrollment.citizenId.unknown"));
    }

    private static LearnerRef ref(Learner learner) {
        return new LearnerRef(learner.getId(), learner.getFullName(), learner.getNameKey(), learner.getBirthYear(),
                learner.getGroupId(), learner.getCommuneId());
    }
}
