package dev.toitsu.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reading message bundles and the keys that templates and code use, for the modules' message-bundle tests. */
public final class MessageBundles {

    private MessageBundles() {}

    /** A bundle from the class path, e.g. {@code i18n/registry.properties}, read as UTF-8. */
    public static Properties bundle(String name) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle " + name);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Adds group 1 of every match of the pattern in every file below the root. */
    public static void collect(Path root, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }
}
