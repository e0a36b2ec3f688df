package dev.toitsu.identity.domain;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.secret.SecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 6 digits, 30 s), as every authenticator app understands them.
 * Accepts the current step and one step either side for clock drift, and tells which step matched so that the
 * account can refuse a replay.
 */
@Component
public class SecondFactor {

    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;

    private final SecretGenerator secrets = new DefaultSecretGenerator(32);
    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final Clock clock;

    public SecondFactor(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return secrets.generate();
    }

    /** The matching time step, if the code is valid now. */
    public OptionalLong verify(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String candidate = code.replaceAll("\\s", "");
        if (!candidate.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = clock.millis() / 1000 / PERIOD_SECONDS;
        for (long step = current - 1; step <= current + 1; step++) {
            if (MessageDigest.isEqual(
                    codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    candidate.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code an authenticator shows now (used by tests and the demo's documented secret). */
    public String currentCode(String secret) {
        return codeAt(secret, clock.millis() / 1000 / PERIOD_SECONDS);
    }

    public String codeAt(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP generation failed", e);
        }
    }

    /** otpauth:// URI and a PNG QR code of it as a data: URI, for enrolment. */
    public Enrolment enrolment(String issuer, String accountName, String secret) {
        QrData data = new QrData.Builder()
                .label(accountName)
                .secret(secret)
                .issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS)
                .period(PERIOD_SECONDS)
                .build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            String png = Base64.getEncoder().encodeToString(generator.generate(data));
            return new Enrolment(data.getUri(), "data:image/png;base64," + png, secret);
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    public record Enrolment(String uri, String qrDataUri, String secret) {}
}
