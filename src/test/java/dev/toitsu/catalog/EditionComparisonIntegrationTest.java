package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.catalog.EditionComparison.Basis;
import dev.toitsu.catalog.EditionComparison.Change;
import dev.toitsu.catalog.EditionComparison.ChangeType;
import dev.toitsu.catalog.domain.ShippedCatalogs;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EditionComparisonIntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    private String importText(String prefix, String text) {
        var admin = CatalogTestSupport.administrator(organizations);
        String code = CatalogTestSupport.code(prefix);
        signedIn.run(admin.accountId(), () -> catalog.importEdition(CatalogTestSupport.request(code, text)));
        return code;
    }

    private Change change(EditionComparison comparison, String fromId, String toId) {
        return comparison.changes().stream()
                .filter(c -> java.util.Objects.equals(c.fromNodeId(), fromId)
                        && java.util.Objects.equals(c.toNodeId(), toId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(fromId + " → " + toId + " not in " + comparison.changes()));
    }

    @Test
    void findsAddedRemovedMovedAndReworded() {
        String older = importText(
                "old",
                CatalogTestSupport.unifiedText(
                        "最高情報セキュリティ責任者は、情報セキュリティ委員会を設置すること。", "職員等は、端末を施錠して保管すること。", "情報システムセキュリティ責任者は、ログを一年間保存すること。"));
        String newer = importText(
                "new",
                CatalogTestSupport.unifiedText(
                        "職員等は、端末を施錠して保管すること。",
                        "最高情報セキュリティ責任者は、情報セキュリティ委員会を設置すること。",
                        "クラウドサービス管理者は、利用承認の記録を保存すること。",
                        "情報システムセキュリティ責任者は、ログを五年間保存すること。"));
        EditionComparison comparison = catalog.compare(older, newer);
        // (a) and (b) swapped places: same text under another number
        assertThat(change(comparison, "1.1.1.1(1)(a)", "1.1.1.1(1)(b)").type()).isEqualTo(ChangeType.MOVED);
        assertThat(change(comparison, "1.1.1.1(1)(b)", "1.1.1.1(1)(a)").type()).isEqualTo(ChangeType.MOVED);
        // (c) one word changed, same place → reworded; the new (d) is the old (c) reworded and moved
        Change reworded = change(comparison, "1.1.1.1(1)(c)", "1.1.1.1(1)(d)");
        assertThat(reworded.type()).isEqualTo(ChangeType.MOVED);
        assertThat(reworded.similarity()).isBetween(0.6, 0.99);
        assertThat(change(comparison, null, "1.1.1.1(1)(c)").type()).isEqualTo(ChangeType.ADDED);
        assertThat(comparison.changes()).noneMatch(c -> c.type() == ChangeType.REMOVED);
        assertThat(comparison.counts()).containsEntry(ChangeType.ADDED, 1);
    }

    @Test
    void aRemovedClauseIsReported() {
        String older = importText("keep", CatalogTestSupport.unifiedText("情報を暗号化すること。", "媒体を廃棄すること。"));
        String newer = importText("drop", CatalogTestSupport.unifiedText("情報を暗号化すること。"));
        EditionComparison comparison = catalog.compare(older, newer);
        assertThat(change(comparison, "1.1.1.1(1)(b)", null).type()).isEqualTo(ChangeType.REMOVED);
        assertThat(comparison.unchanged()).isGreaterThan(0);
    }

    @Test
    void theStoredCrosswalkDecidesWhereItExists() {
        EditionComparison comparison = catalog.compare(ShippedCatalogs.R3, ShippedCatalogs.R5);
        Change ledger = change(comparison, "5.1.1(1)", "2.1.2(1)");
        assertThat(ledger.type()).isEqualTo(ChangeType.MOVED);
        assertThat(ledger.basis()).isEqualTo(Basis.CROSSWALK);
        assertThat(change(comparison, null, "2.1.3(1)").type()).isEqualTo(ChangeType.ADDED);
        // the other way round the same links read backwards
        EditionComparison backwards = catalog.compare(ShippedCatalogs.R5, ShippedCatalogs.R3);
        assertThat(change(backwards, "2.1.3(1)", null).type()).isEqualTo(ChangeType.REMOVED);
        assertThat(change(backwards, "2.1.2(1)", "5.1.1(1)").type()).isEqualTo(ChangeType.MOVED);
    }
}
