package dev.toitsu.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The seed documents, copied into test resources so the tests do not depend on the shared folder. */
final class SeedDocuments {

    static final List<String> ALL = List.of(
            "000_cb65595beffbf7de",
            "001_ea0d584469b154be",
            "002_75dc9a8842e530fc",
            "003_2f9e87e3674c5d34",
            "004_3cd27efccc2309e5");

    private SeedDocuments() {}

    static byte[] bytes(String prefix) {
        String name = ALL.stream().filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
        try (InputStream in = SeedDocuments.class.getResourceAsStream("/catalog/seeds/" + name + ".txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String prefix) {
        return new String(bytes(prefix), StandardCharsets.UTF_8);
    }

    static ParsedDocument parse(String prefix) {
        return new RegulationTextParser().parse(bytes(prefix));
    }
}
