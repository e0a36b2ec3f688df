package dev.toitsu.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongPassphrase() {
        assertThat(policy.violations("tanaka", "kasumigaseki-no-sakura-2026")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(policy.violations("tanaka", "Sh0rt!pw")).contains("password.policy.TOO_SHORT");
    }

    @Test
    void refusesCommonPasswordsFromTheShippedList() {
        assertThat(policy.violations("tanaka", "qwertyuiop12")).contains("password.policy.ILLEGAL_WORD");
    }

    @Test
    void refusesACommonPasswordWithDigitsAppended() {
        assertThat(policy.violations("tanaka", "password123456")).contains("password.policy.ILLEGAL_WORD");
    }

    @Test
    void refusesPasswordsContainingTheUserId() {
        assertThat(policy.violations("yamada.taro", "xx-yamada.taro-2026"))
                .contains("password.policy.ILLEGAL_USERNAME");
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(policy.violations("tanaka", "aaaaaaaaaaaaaa")).isNotEmpty();
    }

    @Test
    void refusesAnEmptyPassword() {
        assertThat(policy.violations("tanaka", "")).containsExactly("password.policy.TOO_SHORT");
    }
}
