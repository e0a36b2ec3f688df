package dev.toitsu.workflow;

import static dev.toitsu.support.MessageBundles.bundle;
import static dev.toitsu.support.MessageBundles.collect;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The workflow and exemption bundles have the same keys in both languages, and every key the code uses exists. */
class WorkflowMessageBundleTests {

    private static final Pattern TEMPLATE_KEY =
            Pattern.compile("#\\{'?((?:workflow|exemption|violation)\\.[A-Za-z0-9_.]+)");
    private static final Pattern CODE_KEY =
            Pattern.compile("\"((?:workflow|exemption|violation)\\.[a-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        for (String module : new String[] {"workflow", "exemption", "violation"}) {
            assertThat(bundle("i18n/" + module + "_en.properties").stringPropertyNames())
                    .as(module)
                    .isEqualTo(bundle("i18n/" + module + ".properties").stringPropertyNames());
        }
    }

    @Test
    void everyKeyTheTemplatesAndFacadesUseExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String module : new String[] {"workflow", "exemption", "violation", "messages"}) {
            known.addAll(bundle("i18n/" + module + ".properties").stringPropertyNames());
        }
        Set<String> used = new TreeSet<>();
        for (String module : new String[] {"workflow", "exemption", "violation"}) {
            collect(Path.of("src/main/resources/templates/" + module), TEMPLATE_KEY, used);
            collect(Path.of("src/main/java/dev/toitsu/" + module), CODE_KEY, used);
        }
        // prefixes completed at run time, audit actions, and notification codes (.title/.body)
        used.removeIf(key -> key.endsWith("."));
        used.removeIf(key -> key.matches("(workflow|exemption|violation)\\.[a-z-]+\\.[a-z-]+(ed|wn|-reported)$")
                && !known.contains(key));
        used.removeIf(key -> key.contains(".notification.") && known.contains(key + ".title"));
        used.removeIf(key -> key.equals("workflow.decision.separated") || key.startsWith("workflow.register.column."));
        assertThat(known).containsAll(used);
    }
}
