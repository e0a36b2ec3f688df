package dev.toitsu.catalog;

import dev.toitsu.shared.Permission;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small synthetic editions and people for the catalog's integration tests. */
final class CatalogTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private CatalogTestSupport() {}

    /** A unique edition code per call, so tests never collide in the shared database. */
    static String code(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-"
                + UUID.randomUUID().toString().substring(0, 6);
    }

    static ImportRequest request(String code, String text) {
        return new ImportRequest(
                code,
                "試験版 " + code,
                "nisc-unified",
                "試験",
                null,
                null,
                "試験用の合成テキスト",
                code + ".txt",
                text.getBytes(StandardCharsets.UTF_8));
    }

    static TestPerson administrator(TestOrganizations organizations) {
        return organizations.person(
                organizations.organization("カタログ管理省"), "CATALOG_ADMIN", Permission.CATALOG_ADMINISTER);
    }

    static TestPerson reader(TestOrganizations organizations) {
        return organizations.person(organizations.organization("閲覧省"), "STAFF", Permission.DIRECTORY_READ);
    }

    /** A small 統一基準-style text: 部, 節, 項目, (1), (a). */
    static String unifiedText(String... requirements) {
        StringBuilder text = new StringBuilder("""
                第1.1部 試験の部
                1.1.1 試験の節
                1.1.1.1 試験の項目
                遵守事項
                (1) 体制の整備
                """);
        char letter = 'a';
        for (String requirement : requirements) {
            text.append('(').append(letter++).append(") ").append(requirement).append('\n');
        }
        return text.toString();
    }
}
