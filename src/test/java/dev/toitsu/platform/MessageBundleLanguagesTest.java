package dev.toitsu.platform;

import static dev.toitsu.support.MessageBundles.bundle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every bundle registered in application.yml has the same keys in Japanese (default) and English. */
class MessageBundleLanguagesTest {

    @Test
    void everyRegisteredBundleHasTheSameKeysInBothLanguages() throws IOException {
        String yaml = new ClassPathResource("application.yml").getContentAsString(StandardCharsets.UTF_8);
        Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yaml);
        assertThat(basename.find()).isTrue();
        List<String> names = Arrays.asList(basename.group(1).split(","));
        assertThat(names).hasSizeGreaterThan(5);
        for (String name : names) {
            assertThat(bundle(name + "_en.properties").stringPropertyNames())
                    .as(name + ": English keys equal Japanese keys")
                    .isEqualTo(bundle(name + ".properties").stringPropertyNames());
        }
    }
}
