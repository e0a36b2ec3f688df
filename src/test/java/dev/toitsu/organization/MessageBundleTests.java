package dev.toitsu.organization;

import static dev.toitsu.support.MessageBundles.bundle;
import static dev.toitsu.support.MessageBundles.collect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message key the module's templates and code use exists in Japanese and in English, and nothing else. */
class MessageBundleTests {

    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("#\\{'?((?:organization|common|error)\\.[A-Za-z0-9_.]+)");
    private static final Pattern CODE_KEY = Pattern.compile("\"(organization\\.[a-z][A-Za-z0-9_.-]*\\.[A-Za-z]+)\"");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/organization_en.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/organization.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesAndFacadesUseExists() throws IOException {
        Set<String> known = new TreeSet<>(bundle("i18n/organization.properties").stringPropertyNames());
        known.addAll(bundle("i18n/messages.properties").stringPropertyNames());
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/organization"), TEMPLATE_KEY, used);
        collect(Path.of("src/main/java/dev/toitsu/organization"), CODE_KEY, used);
        used.removeIf(
                key -> key.endsWith(".") || key.startsWith("organization.organization.")); // prefixes, audit actions
        used.removeIf(key -> key.matches("organization\\.(unit|person|role|assignment|separation-rule)\\.[a-z]+ed"));

        assertThat(known).containsAll(used);
    }
}
