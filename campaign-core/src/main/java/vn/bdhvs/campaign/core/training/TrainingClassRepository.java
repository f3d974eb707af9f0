package vn.bdhvs.campaign.core.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long> {
}
