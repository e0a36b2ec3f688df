package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.catalog.domain.ShippedCatalogs;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogSearchIntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    private List<String> top(String query, String edition, int n) {
        return catalog.search(query, edition, n).hits().stream()
                .map(h -> h.editionCode() + " " + h.nodeId())
                .toList();
    }

    @Test
    void exemptionLedgerFindsTheClauseThatKeepsIt() {
        // 001 1.2.1.3(2)(f): 「例外措置の適用審査記録の台帳を整備し」
        assertThat(top("例外措置 台帳", null, 3)).contains(ShippedCatalogs.LEGACY + " 1.2.1.3(2)(f)");
        SearchResults.Hit hit = catalog.search("例外措置 台帳", ShippedCatalogs.LEGACY, 3).hits().stream()
                .filter(h -> h.nodeId().equals("1.2.1.3(2)(f)"))
                .findFirst()
                .orElseThrow();
        assertThat(hit.highlight()).contains("<mark>台帳</mark>").contains("<mark>例外措置</mark>");
        assertThat(hit.path()).anySatisfy(p -> assertThat(p).startsWith("1.2.1.3 "));
    }

    @Test
    void fullWidthAndHalfWidthAreTheSame() {
        // 001 writes 「ＩＰｖ６」 nowhere but 「ＣＩＳＯ」 style full-width letters occur in queries people type
        List<String> halfWidth = top("IPv6", ShippedCatalogs.R5, 5);
        List<String> fullWidth = top("ＩＰｖ６", ShippedCatalogs.R5, 5);
        assertThat(halfWidth).isNotEmpty().isEqualTo(fullWidth);
    }

    @Test
    void spellingVariantsFindEachOther() {
        // R5 writes 統括; 003 (and some organizations) write 総括
        assertThat(top("総括情報セキュリティ責任者", ShippedCatalogs.R5, 5)).isNotEmpty();
        // 001 says 行政事務従事者 where R5 says 職員等
        assertThat(top("職員等 例外措置", ShippedCatalogs.LEGACY, 10)).contains(ShippedCatalogs.LEGACY + " 1.2.1.3(2)(b)");
        // 旧字体 in a query
        assertThat(top("例外措置 臺帳", ShippedCatalogs.LEGACY, 3)).contains(ShippedCatalogs.LEGACY + " 1.2.1.3(2)(f)");
    }

    @Test
    void aNodeIdFindsItsNode() {
        assertThat(top("4.1.1(3)-1", ShippedCatalogs.R5, 1)).containsExactly(ShippedCatalogs.R5 + " 4.1.1(3)-1");
    }

    @Test
    void anImportedEditionIsSearchableRightAway() {
        var admin = CatalogTestSupport.administrator(organizations);
        String code = CatalogTestSupport.code("searchable");
        signedIn.run(
                admin.accountId(),
                () -> catalog.importEdition(
                        CatalogTestSupport.request(code, CatalogTestSupport.unifiedText("量子暗号通信装置を管理すること。"))));
        assertThat(top("量子暗号", code, 3)).containsExactly(code + " 1.1.1.1(1)(a)");
    }

    @Test
    void emptyAndOddQueriesAnswerQuietly() {
        assertThat(catalog.search("   ", null, 10).hits()).isEmpty();
        assertThat(catalog.search("(((", null, 10).hits()).isEmpty();
        assertThat(catalog.search("AND OR NOT \"", null, 10).totalHits()).isGreaterThanOrEqualTo(0);
    }
}
