package vn.bdhvs.campaign.core.classes;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingClassRepository extends JpaRepository<TrainingClass, Long> {
}
