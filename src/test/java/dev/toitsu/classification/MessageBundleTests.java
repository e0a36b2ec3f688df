package dev.toitsu.classification;

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
            Pattern.compile("#\\{'?((?:registry|classification|common|error|nav)\\.[A-Za-z0-9_.]+)");
    private static final Pattern CODE_KEY = Pattern.compile("\"(classification\\.[a-z][A-Za-z0-9_.-]*\\.[A-Za-z]+)\"");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("i18n/classification_en.properties").stringPropertyNames())
                .isEqualTo(bundle("i18n/classification.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheTemplatesAndFacadesUseExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String name : new String[] {"messages", "registry", "classification"}) {
            known.addAll(bundle("i18n/" + name + ".properties").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        collect(Path.of("src/main/resources/templates/classification"), TEMPLATE_KEY, used);
        collect(Path.of("src/main/java/dev/toitsu/classification"), CODE_KEY, used);
        used.removeIf(key -> key.endsWith(".")); // prefixes of keys built from enum names
        // audit-trail actions (past tense) and field prefixes handed to the text checks are not messages
        used.removeIf(key -> key.matches("classification\\.[a-z-]+\\.(registered|revised|adopted|saved|removed|retired|"
                + "committed|chosen|declared|linked|unlinked|added|attached|withdrawn|decided|lent|returned|lost|"
                + "disposed)"));
        used.removeIf(
                key -> !key.matches(".*\\.(required|tooLong|invalid|unknown|taken|[a-z]+[A-Z][A-Za-z]*|[a-z]+)$"));
        used.removeIf(key -> isFieldPrefix(key, known));

        assertThat(known).containsAll(used);
    }

    /** {@code registry.system.note} is handed to the text checks, which add {@code .required} / {@code .tooLong}. */
    private static boolean isFieldPrefix(String key, Set<String> known) {
        return !known.contains(key) && (known.contains(key + ".tooLong") || known.contains(key + ".required"));
    }
}
