package vn.bdhvs.campaign.core.learners;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private final LearnerRepository learners;

    private final CitizenIdHasher hasher;

    private final CitizenIdLookups lookups;

    LearnerDirectory(LearnerRepository learners, CitizenIdHasher hasher, CitizenIdLookups lookups) {
        this.learners = learners;
        this.hasher = hasher;
        this.lookups = lookups;
    }

    /** The learners, in the order of their names. */
    public List<LearnerRef> refs(Collection<Long> ids) {
        return learners.findAllById(new LinkedHashSet<>(ids)).stream().map(LearnerDirectory::ref)
                .sorted(Comparator.comparing(LearnerRef::nameKey).thenComparing(LearnerRef::id)).toList();
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
