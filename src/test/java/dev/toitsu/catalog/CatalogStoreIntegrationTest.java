package dev.toitsu.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.catalog.domain.CatalogStore;
import dev.toitsu.catalog.domain.EditionDraft;
import dev.toitsu.catalog.domain.NodeRow;
import dev.toitsu.catalog.domain.ShippedCatalogs;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class CatalogStoreIntegrationTest {

    @Autowired
    Catalog catalog;

    @Autowired
    CatalogStore store;

    @Autowired
    ShippedCatalogs shipped;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    TestPerson admin;

    @BeforeEach
    void admin() {
        admin = CatalogTestSupport.administrator(organizations);
    }

    @Test
    void shipsTheEditionsGeneratedFromTheSeeds() {
        assertThat(catalog.editions())
                .extracting(EditionSummary::code)
                .contains(
                        ShippedCatalogs.LEGACY,
                        ShippedCatalogs.R3,
                        ShippedCatalogs.R5,
                        ShippedCatalogs.GUIDELINE_R6_07);
        EditionSummary legacy = catalog.edition(ShippedCatalogs.LEGACY);
        assertThat(legacy.shipped()).isTrue();
        assertThat(legacy.sourceAttribution()).contains("001_ea0d584469b154be.txt");
        assertThat(catalog.edition(ShippedCatalogs.R5).outlineOnly()).isTrue();
    }

    @Test
    void loadingTheShippedCatalogsAgainStoresNothing() {
        int crosswalk = store.crosswalkCount();
        assertThat(shipped.load()).isZero();
        assertThat(store.crosswalkCount()).isEqualTo(crosswalk);
    }

    @Test
    void legacyEditionHoldsEveryClauseTheParserFinds() {
        ParsedDocument parsed = SeedDocuments.parse("001");
        EditionSummary legacy = catalog.edition(ShippedCatalogs.LEGACY);
        assertThat(legacy.nodeCount()).isEqualTo((int) parsed.nodes().count());
        int requirements = jdbc.sql("SELECT count(*) FROM catalog_node n JOIN catalog_edition e ON e.id = n.edition_id"
                        + " WHERE e.code = :code AND n.kind = 'REQUIREMENT'")
                .param("code", ShippedCatalogs.LEGACY)
                .query(Integer.class)
                .single();
        assertThat(requirements).isEqualTo(444);
        assertThat(catalog.requirements(ShippedCatalogs.LEGACY)).hasSize(444);
    }

    @Test
    void aRequirementIsFoundByTheIdTheDocumentGivesIt() {
        RequirementSummary f = catalog.requirement(ShippedCatalogs.LEGACY, "1.2.1.3(2)(f)");
        assertThat(f.text()).startsWith("最高情報セキュリティ責任者は、例外措置の適用審査記録の台帳を整備し");
        assertThat(f.roles()).contains("CISO", "AUDIT_CHIEF");
        assertThat(f.path()).last().asString().startsWith("1.2.1.3(2)");
        assertThatThrownBy(() -> catalog.requirement(ShippedCatalogs.LEGACY, "9.9.9.9(9)(z)"))
                .isInstanceOf(dev.toitsu.shared.NotFoundException.class);
    }

    @Test
    void importIsAllOrNothing() {
        String code = CatalogTestSupport.code("broken");
        List<NodeRow> rows = List.of(
                new NodeRow("1", null, NodeKind.PART, "部", "", 1, null, List.of(), 0, 0, false, null),
                // the parent does not exist: the batch fails after the edition row and the first node were written
                new NodeRow("1.1", "missing", NodeKind.SECTION, "節", "", 2, null, List.of(), 1, 1, false, null));
        EditionDraft draft = new EditionDraft(
                code,
                "壊れた版",
                "nisc-unified",
                null,
                null,
                null,
                "試験",
                null,
                null,
                "UNKNOWN",
                false,
                false,
                100,
                rows,
                List.of());
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> store.insert(draft, "test")))
                .isInstanceOf(RuntimeException.class);
        assertThat(store.exists(code)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_node WHERE node_id = '1' AND title = '部'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void binaryJunkIsRefusedAndLeavesNothingBehind() {
        String code = CatalogTestSupport.code("junk");
        ImportRequest junk =
                new ImportRequest(code, "ごみ", "nisc-unified", null, null, null, "試験", "junk.txt", new byte[] {
                    0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7
                });
        assertThatThrownBy(() -> signedIn.run(admin.accountId(), () -> catalog.importEdition(junk)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(RegulationTextParser.NOT_TEXT);
        assertThat(store.exists(code)).isFalse();
    }

    @Test
    void importingNeedsTheCatalogPermission() {
        TestPerson reader = CatalogTestSupport.reader(organizations);
        ImportRequest request =
                CatalogTestSupport.request(CatalogTestSupport.code("denied"), CatalogTestSupport.unifiedText("本文"));
        assertThatThrownBy(() -> signedIn.run(reader.accountId(), () -> catalog.importEdition(request)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewEditionNeverOverwritesAnExistingOne() {
        String code = CatalogTestSupport.code("once");
        ImportRequest request = CatalogTestSupport.request(code, CatalogTestSupport.unifiedText("最初の本文"));
        signedIn.run(admin.accountId(), () -> catalog.importEdition(request));
        ImportRequest again = CatalogTestSupport.request(code, CatalogTestSupport.unifiedText("別の本文"));
        assertThatThrownBy(() -> signedIn.run(admin.accountId(), () -> catalog.importEdition(again)))
                .isInstanceOf(ConflictException.class);
        assertThat(catalog.requirement(code, "1.1.1.1(1)(a)").text()).isEqualTo("最初の本文");
        // the import is in the organization's audit trail, written in the same transaction
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'catalog.edition.imported'"
                                + " AND subject_id = :code AND organization_id = :org")
                        .param("code", code)
                        .param("org", admin.organizationId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    /** The application role has no UPDATE/DELETE on the catalog; the owner is stopped by the triggers. */
    @Test
    void storedNodesCannotBeChangedOrDeleted() {
        assertThatThrownBy(() -> jdbc.sql("UPDATE catalog_node SET text = 'x' WHERE node_id = '1.2.1.3(2)(f)'")
                        .update())
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM catalog_edition WHERE code = :code")
                        .param("code", ShippedCatalogs.LEGACY)
                        .update())
                .rootCause()
                .hasMessageMatching("(?s).*(append-only|permission denied).*");
        assertThat(catalog.requirement(ShippedCatalogs.LEGACY, "1.2.1.3(2)(f)").text())
                .isNotEqualTo("x");
    }

    @Test
    void r5OutlineCarriesTheQuotedMeasuresAndTiers() {
        RequirementSummary a = catalog.requirement(ShippedCatalogs.R5, "4.1.1(3)-1 a)");
        assertThat(a.kind()).isEqualTo(NodeKind.BASELINE_MEASURE);
        assertThat(a.title()).isEqualTo("情報セキュリティインシデント等への対処能力の確立・維持");
        assertThat(a.text()).contains("SP800-171の関連条項: 3.6 インシデント対応");
        assertThat(catalog.requirement(ShippedCatalogs.R5, "4.1.1(3)-1 h)").title())
                .isEqualTo("セキュリティ対策の検証・評価・見直し");
        assertThat(catalog.requirement(ShippedCatalogs.R5, "6.4.3(1)-1 e)").tier())
                .isEqualTo(Tier.ADDITIONAL);
        assertThat(catalog.requirement(ShippedCatalogs.R5, "6.4.3(1)-1 a)").tier())
                .isEqualTo(Tier.BASIC);
        assertThat(catalog.requirement(ShippedCatalogs.R5, "表5.1.1-2#高").text())
                .isEqualTo("基本セキュリティ対策: 必須 / 追加セキュリティ対策: 必須");
        RequirementSummary heading = catalog.requirement(ShippedCatalogs.R5, "2.1.3(1)");
        assertThat(heading.title()).isEqualTo("リスク評価の実施");
        assertThat(heading.outlineOnly()).isTrue();
        assertThat(catalog.node(ShippedCatalogs.R5, "2.1.3(1)").node().note()).isEqualTo("新設");
    }

    @Test
    void guidelineAdditionsOf2024AreAnEditionOfTheirOwn() {
        RequirementSummary sbom = catalog.requirement(ShippedCatalogs.GUIDELINE_R6_07, "4.3.1(1)-4");
        assertThat(sbom.text()).contains("SBOM");
        assertThat(catalog.requirement(ShippedCatalogs.GUIDELINE_R6_07, "6.2.2(1)-1 c)")
                        .text())
                .isEqualTo("宛先のメールアドレスのドメイン名によって中継を制限する設定");
        assertThat(catalog.node(ShippedCatalogs.GUIDELINE_R6_07, "4.3.1(1)-2")
                        .node()
                        .children())
                .anySatisfy(c -> assertThat(c.kind()).isEqualTo(NodeKind.COMMENTARY));
    }

    /** Spot checks against 000: the 移設/新設 statements and the moved headings of the 目次 slides. */
    @Test
    void r3ToR5CrosswalkFollowsTheRevisionSummary() {
        List<CrosswalkLink> links = catalog.crosswalk(ShippedCatalogs.R3, ShippedCatalogs.R5);
        Map<String, CrosswalkType> expected = Map.ofEntries(
                Map.entry("5.1.1(1)→2.1.2(1)", CrosswalkType.MOVED), // L358, L1022 情報システム台帳の整備
                Map.entry("2.1.2(1)→2.1.3(2)", CrosswalkType.MOVED), // 対策基準の策定
                Map.entry("2.2.1(1)→2.1.3(3)", CrosswalkType.SPLIT), // L363
                Map.entry("2.2.4(2)→2.2.4(3)", CrosswalkType.SPLIT), // L365
                Map.entry("2.2.4(3)→2.2.4(4)", CrosswalkType.MOVED), // 再発防止・教訓の共有
                Map.entry("5.2.1(3)→4.1.2(2)", CrosswalkType.MOVED), // L887
                Map.entry("4.1.1(2)→4.1.2(1)", CrosswalkType.SPLIT), // L886
                Map.entry("5.1.2(1)→4.3.1(1)", CrosswalkType.MOVED), // L1025
                Map.entry("5.1.1(2)→5.2.2(1)", CrosswalkType.MERGED), // L1087
                Map.entry("第7部→第6部", CrosswalkType.MOVED), // L212
                Map.entry("7.1.1(4)→6.1.2(2)", CrosswalkType.MOVED), // L1202, L1231
                Map.entry("7.3.1(4)→6.4.3(1)", CrosswalkType.MOVED), // 無線LAN
                Map.entry("6.1.1(1)→7.1.1(1)", CrosswalkType.MOVED), // 主体認証機能の導入
                Map.entry("8.1.1(4)→8.1.1(5)", CrosswalkType.MOVED), // 電子メール・ウェブ
                Map.entry("4.1.1(1)→4.1.1(1)", CrosswalkType.RENAMED)); // 規定の整備 → 運用規程の整備
        Map<String, CrosswalkType> actual = new java.util.HashMap<>();
        links.forEach(l -> actual.put(l.fromNodeId() + "→" + l.toNodeId(), l.type()));
        assertThat(actual).containsAllEntriesOf(expected);
        Set<String> added = new java.util.HashSet<>();
        links.stream().filter(l -> l.type() == CrosswalkType.NEW).forEach(l -> added.add(l.toNodeId()));
        assertThat(added).contains("2.1.3(1)", "2.4.1(1)", "2.5", "5.1", "5.4", "6.5", "6.4.2", "8.1.1(10)");
        assertThat(links).allSatisfy(l -> assertThat(l.source()).startsWith("000 L"));
    }

    @Test
    void otherModulesGetImmutableSummaries() {
        List<RequirementSummary> r5 = catalog.requirements(ShippedCatalogs.R5);
        assertThat(r5).extracting(RequirementSummary::nodeId).contains("2.1.2(1)", "4.1.1(3)-1 c)");
        assertThatThrownBy(() -> r5.get(0).roles().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }
}
