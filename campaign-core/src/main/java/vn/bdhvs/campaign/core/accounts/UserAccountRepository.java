package vn.bdhvs.campaign.core.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findAllByOrderByUsername();

    boolean existsByRole(Role role);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);
}
