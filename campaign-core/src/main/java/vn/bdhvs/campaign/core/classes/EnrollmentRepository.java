package vn.bdhvs.campaign.core.classes;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    List<Enrollment> findByClassId(long classId);

    Optional<Enrollment> findByClassIdAndLearnerId(long classId, long learnerId);
}
