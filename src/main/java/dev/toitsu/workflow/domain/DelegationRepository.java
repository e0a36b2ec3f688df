package dev.toitsu.workflow.domain;

import dev.toitsu.workflow.Delegation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DelegationRepository {

    private static final String SELECT = """
            select d.id, d.principal_id, p.family_name || ' ' || p.given_name as principal_name, d.delegate_id,
                   q.family_name || ' ' || q.given_name as delegate_name, d.starts_on, d.ends_on, d.reason,
                   d.revoked_at is not null as revoked, d.version
            from approval_delegation d join person p on p.id = d.principal_id join person q on q.id = d.delegate_id""";

    private final JdbcClient jdbc;

    DelegationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insert(
            UUID organizationId, UUID principalId, UUID delegateId, LocalDate from, LocalDate to, String reason) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into approval_delegation (id, organization_id, principal_id, delegate_id, starts_on, ends_on,
                            reason) values (:id, :org, :principal, :delegate, :from, :to, :reason)""")
                .param("id", id)
                .param("org", organizationId)
                .param("principal", principalId)
                .param("delegate", delegateId)
                .param("from", from)
                .param("to", to)
                .param("reason", reason)
                .update();
        return id;
    }

    public void revoke(UUID id, long version) {
        Versions.requireUpdated(
                jdbc.sql("""
                        update approval_delegation set revoked_at = now(), version = version + 1
                        where id = :id and version = :version and revoked_at is null""").param("id", id).param("version", version).update());
    }

    public Optional<Delegation> find(UUID organizationId, UUID id) {
        return jdbc.sql(SELECT + " where d.organization_id = :org and d.id = :id")
                .param("org", organizationId)
                .param("id", id)
                .query(DelegationRepository::map)
                .optional();
    }

    /** Delegations given or received by the person, newest first. */
    public List<Delegation> involving(UUID organizationId, UUID personId) {
        return jdbc.sql(SELECT + " where d.organization_id = :org and (d.principal_id = :p or d.delegate_id = :p)"
                        + " order by d.starts_on desc, d.created_at desc")
                .param("org", organizationId)
                .param("p", personId)
                .query(DelegationRepository::map)
                .list();
    }

    /** Whose authority the person exercises today. */
    public List<UUID> principalsOf(UUID delegateId, LocalDate on) {
        return jdbc.sql("""
                        select principal_id from approval_delegation
                        where delegate_id = :d and revoked_at is null and starts_on <= :on and ends_on >= :on""")
                .param("d", delegateId)
                .param("on", on)
                .query(UUID.class)
                .list();
    }

    /** Who exercises the person's authority today. */
    public List<UUID> delegatesOf(UUID principalId, LocalDate on) {
        return jdbc.sql("""
                        select delegate_id from approval_delegation
                        where principal_id = :p and revoked_at is null and starts_on <= :on and ends_on >= :on""")
                .param("p", principalId)
                .param("on", on)
                .query(UUID.class)
                .list();
    }

    static Delegation map(ResultSet rs, int row) throws SQLException {
        return new Delegation(
                rs.getObject("id", UUID.class),
                rs.getObject("principal_id", UUID.class),
                rs.getString("principal_name"),
                rs.getObject("delegate_id", UUID.class),
                rs.getString("delegate_name"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getString("reason"),
                rs.getBoolean("revoked"),
                rs.getLong("version"));
    }
}
