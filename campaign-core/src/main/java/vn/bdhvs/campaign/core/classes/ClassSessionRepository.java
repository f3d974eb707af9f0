package vn.bdhvs.campaign.core.classes;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassSessionRepository extends JpaRepository<ClassSession, Long> {

    List<ClassSession> findByClassIdOrderBySessionDateAscStartTimeAsc(long classId);
}
