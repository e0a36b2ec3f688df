package dev.toitsu.identity;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.identity.domain.ApiScope;
import dev.toitsu.identity.domain.ApiToken;
import dev.toitsu.identity.domain.ApiTokenRepository;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a signed-in person issues one for scripts and integrations (read, or read and write), sees
 * when each was last used, and revokes it. The token acts with its owner's current permissions, never more.
 */
@Service
@Transactional
public class ApiTokens {

    static final String PREFIX = "tsu_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final Clock clock;
    private final AuditTrail auditTrail;

    ApiTokens(ApiTokenRepository tokens, Clock clock, AuditTrail auditTrail) {
        this.tokens = tokens;
        this.clock = clock;
        this.auditTrail = auditTrail;
    }

    public record IssuedToken(UUID id, String name, String token) {}

    public record TokenView(
            UUID id,
            String name,
            String prefix,
            Set<String> scopes,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            boolean usable) {}

    public IssuedToken issue(String name, boolean write, LocalDate expiresOn) {
        Actor actor = Actors.current();
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > 100) {
            throw new DomainException("token.name.invalid");
        }
        if (expiresOn != null && !expiresOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("token.expiry.past");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Set<ApiScope> scopes = write ? Set.of(ApiScope.READ, ApiScope.WRITE) : Set.of(ApiScope.READ);
        Instant expiresAt = expiresOn == null
                ? null
                : expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        ApiToken saved = tokens.save(
                ApiToken.issue(actor.accountId(), label, hash(token), token.substring(0, 10), scopes, expiresAt));
        auditTrail.record(AuditRecord.of(
                        actor.organizationId(),
                        "identity.token.issued",
                        "api-token",
                        saved.id().toString(),
                        "APIトークンを発行: " + label + (write ? "（読み書き）" : "（読み取り専用）"))
                .withAfter(java.util.Map.of(
                        "name",
                        label,
                        "scopes",
                        scopes.toString(),
                        "expiresOn",
                        expiresOn == null ? "-" : expiresOn.toString())));
        return new IssuedToken(saved.id(), label, token);
    }

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        Instant now = clock.instant();
        return tokens.findByAccountIdOrderByCreatedAtDesc(Actors.current().accountId()).stream()
                .map(t -> new TokenView(
                        t.id(),
                        t.name(),
                        t.tokenPrefix(),
                        t.scopes(),
                        t.createdAt(),
                        t.expiresAt(),
                        t.lastUsedAt(),
                        t.revokedAt(),
                        t.usable(now)))
                .toList();
    }

    public void revoke(UUID tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .filter(t -> t.accountId().equals(Actors.current().accountId()))
                .orElseThrow(() -> new NotFoundException("error.notFound"));
        token.revoke(clock.instant());
        tokens.save(token);
        auditTrail.record(AuditRecord.of(
                Actors.current().organizationId(),
                "identity.token.revoked",
                "api-token",
                token.id().toString(),
                "APIトークンを失効: " + token.name()));
    }

    /** The owner and scopes of a presented token, if it is valid now; records its use. */
    public Optional<ResolvedToken> resolve(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(presented))
                .filter(t -> t.usable(now))
                .map(t -> {
                    tokens.touch(t.id());
                    return new ResolvedToken(t.id(), t.accountId(), t.allows(ApiScope.WRITE));
                });
    }

    public record ResolvedToken(UUID tokenId, UUID accountId, boolean write) {}

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
