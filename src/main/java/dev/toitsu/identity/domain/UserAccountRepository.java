package dev.toitsu.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends ListCrudRepository<UserAccount, UUID> {

    @Query("select * from user_account where lower(username) = lower(:username)")
    Optional<UserAccount> findByUsername(@Param("username") String username);

    Optional<UserAccount> findByPersonId(UUID personId);

    List<UserAccount> findByOrganizationId(UUID organizationId);

    @Query("select count(*) > 0 from user_account where demo and enabled")
    boolean anyEnabledDemoAccount();

    @Query("select count(*) > 0 from user_account where platform_admin and enabled and not demo")
    boolean anyPlatformAdministrator();
}
