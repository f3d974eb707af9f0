package vn.bdhvs.campaign.core.learners;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearnerRepository extends JpaRepository<Learner, Long> {

    Optional<Learner> findByCitizenIdHmac(String citizenIdHmac);
}
