package dev.toitsu.standard;

import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The two seed texts (001 = the 統一基準 edition, 003 = the NINS 対策基準) and their mapping, computed once. */
final class Seeds {

    static final String CATALOG_RESOURCE = "/catalog/seeds/001_ea0d584469b154be.txt";
    static final String STANDARD_RESOURCE = "/catalog/seeds/003_2f9e87e3674c5d34.txt";

    static final ParsedDocument CATALOG = parse(CATALOG_RESOURCE);
    static final ParsedDocument STANDARD = parse(STANDARD_RESOURCE);

    private static ConformanceReport report;

    private Seeds() {}

    static synchronized ConformanceReport report() {
        if (report == null) {
            report = new ConformanceMapper().map(CATALOG, STANDARD);
        }
        return report;
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedDocument parse(String resource) {
        return new RegulationTextParser().parse(bytes(resource));
    }
}
