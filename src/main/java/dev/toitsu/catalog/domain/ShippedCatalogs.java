package dev.toitsu.catalog.domain;

import dev.toitsu.audittrail.AuditActor;
import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.catalog.ClauseNode;
import dev.toitsu.catalog.ParsedDocument;
import dev.toitsu.catalog.RegulationTextParser;
import dev.toitsu.catalog.importer.GuidelineAdditionsReader;
import dev.toitsu.catalog.importer.RevisionSummaryReader;
import dev.toitsu.catalog.search.CatalogSearchIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the catalogs that ship with toitsu from the seed texts under {@code classpath:catalog/seeds/} with the
 * importer, at every start and in every mode, skipping editions already stored; then builds the search index.
 * Each seed is one transaction: an edition is stored whole or not at all.
 */
@Component
@Order(0)
public class ShippedCatalogs implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedCatalogs.class);

    public static final String LEGACY = "nisc-legacy";
    public static final String R3 = "nisc-r3";
    public static final String R5 = "nisc-r5";
    public static final String GUIDELINE_R6_07 = "nisc-gl-r6-07";
    static final String SEEDS = "catalog/seeds/";
    private static final String FRAMEWORK = "nisc-unified";
    private static final String NISC = "内閣官房 内閣サイバーセキュリティセンター（NISC）";

    private final CatalogStore store;
    private final CatalogSearchIndex index;
    private final TransactionTemplate transactions;
    private final AuditTrail auditTrail;
    private volatile long lastLoadMillis = -1;

    private final boolean indexAtStart;

    ShippedCatalogs(
            CatalogStore store,
            CatalogSearchIndex index,
            TransactionTemplate transactions,
            AuditTrail auditTrail,
            @org.springframework.beans.factory.annotation.Value("${toitsu.catalog.index-at-start:true}")
                    boolean indexAtStart) {
        this.indexAtStart = indexAtStart;
        this.store = store;
        this.index = index;
        this.transactions = transactions;
        this.auditTrail = auditTrail;
    }

    /**
     * Stores the missing shipped editions before the application takes requests, then builds the search index in
     * the background: loading kuromoji's dictionary takes seconds and should not delay start-up; a search that
     * comes first waits for the index ({@link CatalogSearchIndex#catchUp} is synchronized).
     */
    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        int loaded = load();
        lastLoadMillis = (System.nanoTime() - start) / 1_000_000;
        log.info("Catalog: {} shipped edition(s) generated in {} ms", loaded, lastLoadMillis);
        if (!indexAtStart) {
            return; // the command line searches nothing, and would close the index under the indexing thread
        }
        Thread indexer = new Thread(
                () -> {
                    long indexStart = System.nanoTime();
                    index.catchUp(store.editionCodes());
                    log.info("Catalog: search index built in {} ms", (System.nanoTime() - indexStart) / 1_000_000);
                },
                "catalog-index");
        indexer.setDaemon(true);
        indexer.start();
    }

    public long lastLoadMillis() {
        return lastLoadMillis;
    }

    /** Stores every shipped edition that is not there yet; returns how many were stored. */
    public int load() {
        int loaded = 0;
        if (!store.exists(LEGACY)) {
            loaded += transactions.execute(status -> legacy());
        }
        if (!store.exists(R3) || !store.exists(R5)) {
            loaded += transactions.execute(status -> revisions());
        }
        if (!store.exists(GUIDELINE_R6_07)) {
            loaded += transactions.execute(status -> guidelineAdditions());
        }
        return loaded;
    }

    private int legacy() {
        String file = "001_ea0d584469b154be.txt";
        String text = seed(file);
        ParsedDocument document = new RegulationTextParser().parse(text);
        insert(new EditionDraft(
                LEGACY,
                "政府機関の情報セキュリティ対策のための統一基準（旧版）",
                FRAMEWORK,
                "内閣官房情報セキュリティセンター（NISC）",
                null,
                null,
                "内閣官房情報セキュリティセンター「政府機関の情報セキュリティ対策のための統一基準」"
                        + "（府省庁対策基準のための旧版。本文冒頭の総則の一部が欠落）。"
                        + "同梱のテキスト " + file + " から取込みツールで生成。",
                file,
                EditionDraft.sha256(text.getBytes(StandardCharsets.UTF_8)),
                document.style().name(),
                false,
                true,
                10,
                EditionDraft.rows(document.roots(), Map.of(), Set.of()),
                document.unplaced()));
        return 1;
    }

    private int revisions() {
        String file = "000_cb65595beffbf7de.txt";
        String text = seed(file);
        RevisionSummaryReader.Result result = RevisionSummaryReader.read(text);
        String attribution = NISC + " 政府機関総合対策グループ「政府機関等のサイバーセキュリティ対策のための統一基準群" + "（令和5年度版）の改定のポイント」（令和6年1月）。同梱のテキスト "
                + file + " から取込みツールで生成。";
        int loaded = 0;
        if (!store.exists(R3)) {
            insert(outline(
                    R3,
                    "政府機関等の情報セキュリティ対策のための統一基準群（令和3年度版）目次",
                    "同資料の「目次レベルの変更点」に掲載された令和3年度版の目次（第2部〜第8部）。" + attribution,
                    file,
                    text,
                    20,
                    result.r3()));
            loaded++;
        }
        if (!store.exists(R5)) {
            insert(outline(
                    R5,
                    "政府機関等のサイバーセキュリティ対策のための統一基準群（令和5年度版）目次と引用された対策事項",
                    "同資料に掲載された令和5年度版の目次（第2部〜第8部）と、引用された基本対策事項（4.1.1(3)-1 a)〜h)、" + "基本/追加セキュリティ対策の例）および表5.1.1-1/2。"
                            + attribution,
                    file,
                    text,
                    30,
                    result.r5()));
            loaded++;
        }
        if (loaded < 2) {
            return loaded; // one of the two was there already: its crosswalk was stored with it
        }
        Set<String> r3Ids = ids(result.r3().roots());
        Set<String> r5Ids = ids(result.r5().roots());
        List<CrosswalkDraft> links = new ArrayList<>();
        for (RevisionSummaryReader.Link link : result.links()) {
            boolean known = (link.r3Id() == null || r3Ids.contains(link.r3Id()))
                    && (link.r5Id() == null || r5Ids.contains(link.r5Id()));
            if (!known) {
                log.warn("Crosswalk link to an unknown heading skipped: {}", link);
                continue;
            }
            links.add(new CrosswalkDraft(
                    R3, link.r3Id(), R5, link.r5Id(), link.type(), link.note(), "000 L" + link.line()));
        }
        store.insertCrosswalk(links);
        return loaded;
    }

    private int guidelineAdditions() {
        String file = "004_3cd27efccc2309e5.txt";
        String text = seed(file);
        GuidelineAdditionsReader.Result result = GuidelineAdditionsReader.read(text);
        Set<String> outlineOnly = new HashSet<>();
        collectEmpty(result.roots(), outlineOnly);
        insert(new EditionDraft(
                GUIDELINE_R6_07,
                "政府機関等の対策基準策定のためのガイドライン 令和6年7月一部改定（追加事項の抜粋）",
                FRAMEWORK,
                NISC,
                null,
                null,
                "総務省 自治行政局 デジタル基盤推進室「政府機関等のサイバーセキュリティ対策のための統一基準群の改定に伴う対応」"
                        + "（令和6年11月27日）に引用された、政府機関等の対策基準策定のためのガイドライン（令和6年7月一部改定）の"
                        + "新設の基本対策事項と解説。同梱のテキスト " + file + " から取込みツールで生成。",
                file,
                EditionDraft.sha256(text.getBytes(StandardCharsets.UTF_8)),
                "GUIDELINE_EXCERPT",
                true,
                true,
                40,
                EditionDraft.rows(result.roots(), result.notes(), outlineOnly),
                List.of()));
        return 1;
    }

    private EditionDraft outline(
            String code,
            String title,
            String attribution,
            String file,
            String text,
            int sortOrder,
            RevisionSummaryReader.Outline outline) {
        return new EditionDraft(
                code,
                title,
                FRAMEWORK,
                NISC,
                null,
                null,
                attribution,
                file,
                EditionDraft.sha256(text.getBytes(StandardCharsets.UTF_8)),
                "TABLE_OF_CONTENTS",
                true,
                true,
                sortOrder,
                EditionDraft.rows(outline.roots(), outline.notes(), outline.outlineOnly()),
                List.of());
    }

    private void insert(EditionDraft draft) {
        store.insert(draft, "toitsu（同梱）"); // indexed by run() once all are stored
        auditTrail.record(AuditRecord.of(
                        null,
                        "catalog.edition.shipped",
                        "catalog-edition",
                        draft.code(),
                        "同梱の基準を登録: " + draft.code() + " " + draft.title())
                .withAfter(
                        Map.of("code", draft.code(), "nodes", draft.nodes().size(), "sourceFile", draft.sourceFile()))
                .by(AuditActor.system()));
    }

    private static void collectEmpty(List<ClauseNode> nodes, Set<String> ids) {
        for (ClauseNode node : nodes) {
            if (node.text().isBlank()) {
                ids.add(node.id());
            }
            collectEmpty(node.children(), ids);
        }
    }

    private static Set<String> ids(List<ClauseNode> roots) {
        return roots.stream().flatMap(ClauseNode::flatten).map(ClauseNode::id).collect(Collectors.toSet());
    }

    static String seed(String file) {
        try (InputStream in = ShippedCatalogs.class.getClassLoader().getResourceAsStream(SEEDS + file)) {
            if (in == null) {
                throw new IllegalStateException("missing shipped seed " + SEEDS + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
