package dev.toitsu.identity.domain;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** A personal API token. Only its SHA-256 is kept; the token itself is shown once, at creation. */
@Table("api_token")
public class ApiToken implements Persistable<UUID> {

    @Id
    private UUID id;

    private UUID accountId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Set<String> scopes;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    @Transient
    private boolean fresh;

    protected ApiToken() {}

    public static ApiToken issue(
            UUID accountId, String name, String tokenHash, String prefix, Set<ApiScope> scopes, Instant expiresAt) {
        ApiToken token = new ApiToken();
        token.id = UUID.randomUUID();
        token.accountId = accountId;
        token.name = name;
        token.tokenHash = tokenHash;
        token.tokenPrefix = prefix;
        token.scopes = scopes.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        token.createdAt = Instant.now();
        token.expiresAt = expiresAt;
        token.fresh = true;
        return token;
    }

    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean allows(ApiScope scope) {
        return scopes.contains(scope.name());
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public Set<String> scopes() {
        return scopes;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
