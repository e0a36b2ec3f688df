package dev.toitsu.identity.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharactersRule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after NIST SP 800-63B: long enough, not a commonly used password (the public-domain list that
 * ships with John the Ripper, also with trailing digits and symbols removed), not containing the user id, not one
 * character repeated. No composition rules, which only push people to predictable patterns.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final PasswordValidator validator;
    private final WordListDictionary common;

    public PasswordPolicy() {
        this.common = new WordListDictionary(new ArrayWordList(loadCommonPasswords(), false, new ArraysSort()));
        this.validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new UsernameRule(true, true),
                new DictionaryRule(common),
                new RepeatCharactersRule(4, 1));
    }

    /** The message codes of every rule the password breaks; empty when it is acceptable. */
    public List<String> violations(String username, String password) {
        List<String> codes = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            codes.add("password.policy.TOO_SHORT");
            return codes;
        }
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        for (RuleResultDetail detail : result.getDetails()) {
            String code = "password.policy." + detail.getErrorCode();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        String stem = password.toLowerCase(Locale.ROOT).replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (stem.length() >= 4 && common.search(stem) && !codes.contains("password.policy.ILLEGAL_WORD")) {
            codes.add("password.policy.ILLEGAL_WORD");
        }
        return codes;
    }

    private static String[] loadCommonPasswords() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.startsWith("#!comment:") && !line.isBlank())
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .distinct()
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
