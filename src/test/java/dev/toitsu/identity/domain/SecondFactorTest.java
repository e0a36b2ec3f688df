package dev.toitsu.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SecondFactorTest {

    // RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" in base32
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static SecondFactor at(long epochSecond) {
        return new SecondFactor(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void producesTheRfc6238TestVectors() {
        // RFC 6238 gives 8-digit codes; the 6-digit code is their last six digits
        assertThat(at(59).currentCode(RFC_SECRET)).isEqualTo("287082");
        assertThat(at(1111111109).currentCode(RFC_SECRET)).isEqualTo("081804");
        assertThat(at(2000000000).currentCode(RFC_SECRET)).isEqualTo("279037");
    }

    @Test
    void acceptsTheCurrentCodeAndTellsItsStep() {
        SecondFactor totp = at(1111111109);
        assertThat(totp.verify(RFC_SECRET, "081804")).hasValue(1111111109 / 30);
    }

    @Test
    void toleratesOneStepOfClockDrift() {
        String previous = at(1111111109 - 30).currentCode(RFC_SECRET);
        assertThat(at(1111111109).verify(RFC_SECRET, previous)).isPresent();
        String tooOld = at(1111111109 - 90).currentCode(RFC_SECRET);
        assertThat(at(1111111109).verify(RFC_SECRET, tooOld)).isEmpty();
    }

    @Test
    void refusesMalformedCodes() {
        SecondFactor totp = at(59);
        assertThat(totp.verify(RFC_SECRET, "12345")).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "abcdef")).isEmpty();
        assertThat(totp.verify(RFC_SECRET, null)).isEmpty();
        assertThat(totp.verify(RFC_SECRET, "287 082")).isPresent();
    }

    @Test
    void enrolmentCarriesAnOtpauthUriAndAPngQrCode() {
        SecondFactor.Enrolment enrolment = at(59).enrolment("toitsu", "tanaka", RFC_SECRET);
        assertThat(enrolment.uri()).startsWith("otpauth://totp/").contains("secret=" + RFC_SECRET);
        assertThat(enrolment.qrDataUri()).startsWith("data:image/png;base64,");
    }
}
