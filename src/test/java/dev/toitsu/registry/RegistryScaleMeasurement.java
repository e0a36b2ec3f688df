package dev.toitsu.registry;

import dev.toitsu.classification.Classification;
import dev.toitsu.classification.SchemeTemplate;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A timed run of the registers at 2,000 systems and 100,000 assets (issue 5), loaded set-based with
 * {@code generate_series}. Prints figures for docs/performance.md; asserts nothing about time. Skipped unless
 * {@code -Dtoitsu.measure=true}:
 *
 * <pre>./mvnw -B -q test -Dtest=RegistryScaleMeasurement -Dtoitsu.measure=true</pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "toitsu.measure", matches = "true")
class RegistryScaleMeasurement {

    static final int UNITS = 200;
    static final int SYSTEMS = 2_000;
    static final int ASSETS = 100_000;

    @Autowired
    RegistryFixture fixture;

    @Autowired
    SignedIn signedIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InformationSystems systems;

    @Autowired
    InformationAssets assets;

    @Autowired
    AssetTransfer transfer;

    @Autowired
    Applicability applicability;

    @Autowired
    Classification classification;

    @Autowired
    @org.springframework.boot.flyway.autoconfigure.FlywayDataSource
    javax.sql.DataSource ownerDataSource;

    @Test
    void measure() {
        RegistryFixture.Org org = fixture.create();
        signedIn.run(org.generalIso(), () -> classification.adopt(SchemeTemplate.GOVERNMENT));
        long load = System.nanoTime();
        jdbc.sql("""
                        insert into unit (organization_id, parent_id, code, name, kind)
                        select :org, case when g % 2 = 0 then cast(:a as uuid) else cast(:a1 as uuid) end,
                               'U' || g, '課室' || g, 'DIVISION' from generate_series(1, :n) g""")
                .param("org", org.id())
                .param("a", org.unitA())
                .param("a1", org.unitA1())
                .param("n", UNITS)
                .update();
        jdbc.sql("""
                        insert into information_system (organization_id, code, name, purpose, owner_unit_id, hosting,
                            lifecycle_phase, internet_facing, importance)
                        select :org, 'SYS-' || g, '業務システム' || g || (case when g % 7 = 0 then '（電子申請）' else '' end),
                               '業務' || g || 'の処理', u.ids[1 + g % :units],
                               (array['ON_PREMISES','CLOUD_SERVICE','GOVERNMENT_SHARED_USING'])[1 + g % 3],
                               (array['PLANNING','CONSTRUCTION','OPERATION','RENEWAL_OR_DISPOSAL'])[1 + g % 4],
                               g % 5 = 0, (array['HIGH','MEDIUM','LOW', null])[1 + g % 4]
                        from generate_series(1, :n) g,
                             (select array_agg(id order by code) as ids from unit where organization_id = :org) u""")
                .param("org", org.id())
                .param("n", SYSTEMS)
                .param("units", UNITS)
                .update();
        jdbc.sql("""
                        with s as (select array_agg(id order by code) as ids from information_system where organization_id = :org),
                             u as (select array_agg(id order by code) as ids, count(*) as n from unit where organization_id = :org)
                        insert into information_asset (organization_id, code, name, owner_unit_id, confidentiality, integrity,
                            availability, storage_kind, storage_system_id, storage_location, personal_info)
                        select :org, 'IA-' || lpad(g::text, 7, '0'), '情報資産' || g || (case when g % 97 = 0 then '（人事記録）' else '' end),
                               u.ids[1 + g % u.n],
                               'C' || (1 + g % 3), 'I' || (1 + g % 2), 'A' || (1 + g % 2),
                               case when g % 4 = 0 then 'PAPER' else 'SYSTEM' end,
                               case when g % 4 = 0 then null else s.ids[1 + g % :systems] end,
                               '保管場所' || (g % 50), g % 10 = 0
                        from generate_series(1, :n) g, s, u""")
                .param("org", org.id())
                .param("n", ASSETS)
                .param("systems", SYSTEMS)
                .update();
        jdbc.sql("""
                        insert into system_asset (system_id, asset_id)
                        select a.storage_system_id, b.id from information_asset a
                        join information_asset b on b.organization_id = a.organization_id and b.code = 'IA-' || lpad(((substring(a.code, 4)::int % :n) + 1)::text, 7, '0')
                        where a.organization_id = :org and a.storage_system_id is not null and substring(a.code, 4)::int % 3 = 0
                        on conflict do nothing""").param("org", org.id()).param("n", ASSETS).update();
        // what autovacuum does shortly after a bulk load; the application role may not ANALYZE tables it does not own
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        for (String table : List.of("unit", "information_system", "information_asset", "system_asset")) {
            owner.sql("analyze " + table).update();
        }
        System.out.printf(
                "[measure] load: %d units, %d systems, %d assets in %d ms%n",
                UNITS, SYSTEMS, ASSETS, (System.nanoTime() - load) / 1_000_000);

        var g = org.generalIso();
        var s = org.sectionKeeper();
        time(
                "systems: first page by name (org-wide)",
                () -> signedIn.as(g, () -> systems.search(SystemQuery.all(), 0, 50))
                        .total());
        time(
                "systems: text 電子申請",
                () -> signedIn.as(
                                g,
                                () -> systems.search(
                                        new SystemQuery("電子申請", null, null, null, null, null, false, null), 0, 50))
                        .total());
        time(
                "systems: importance HIGH, sorted by importance",
                () -> signedIn.as(
                                g,
                                () -> systems.search(
                                        new SystemQuery(
                                                null, null, Importance.HIGH, null, null, null, false, "importance"),
                                        0,
                                        50))
                        .total());
        time(
                "systems: unit subtree A (section keeper's scope: A1)",
                () -> signedIn.as(s, () -> systems.search(SystemQuery.all(), 0, 50))
                        .total());
        time(
                "systems: page 40 of 40",
                () -> signedIn.as(g, () -> systems.search(SystemQuery.all(), 39, 50))
                        .items()
                        .size());
        time(
                "assets: first page by name (org-wide)",
                () -> signedIn.as(g, () -> assets.search(AssetQuery.all(), 0, 50))
                        .total());
        time(
                "assets: text 人事記録 (trigram)",
                () -> signedIn.as(
                                g,
                                () -> assets.search(
                                        new AssetQuery("人事記録", null, null, null, null, null, false, null), 0, 50))
                        .total());
        time(
                "assets: code IA-0012345",
                () -> signedIn.as(
                                g,
                                () -> assets.search(
                                        new AssetQuery("IA-0012345", null, null, null, null, null, false, null), 0, 50))
                        .total());
        time(
                "assets: 機密性3 in unit subtree A, sorted by unit",
                () -> signedIn.as(
                                g,
                                () -> assets.search(
                                        new AssetQuery(null, org.unitA(), "C3", null, null, null, false, "unit"),
                                        0,
                                        50))
                        .total());
        time(
                "assets: section keeper's scope (A1 + its systems)",
                () -> signedIn.as(s, () -> assets.search(AssetQuery.all(), 0, 50))
                        .total());
        time(
                "assets: page 2000 of 2000",
                () -> signedIn.as(g, () -> assets.search(AssetQuery.all(), 1999, 50))
                        .items()
                        .size());
        InformationSystem one = signedIn.as(
                        g,
                        () -> systems.search(
                                new SystemQuery("SYS-1000", null, null, null, null, null, false, "code"), 0, 1))
                .items()
                .get(0);
        time(
                "system detail: assessment (criteria + handled information + dependents)",
                () -> signedIn.as(g, () -> systems.assess(one.id(), null)).proposed());
        time(
                "system detail: statement of applicability (nisc-r5)",
                () -> signedIn.as(g, () -> applicability.statement(one.id()))
                        .requirements()
                        .size());
        for (String sql : List.of(
                "select count(*) from information_asset a where a.organization_id = '%s' and a.disposed_on is null",
                "select a.id from information_asset a join unit u on u.id = a.owner_unit_id left join person p on p.id = a.manager_id"
                        + " left join information_system s on s.id = a.storage_system_id left join external_medium m on m.id = a.storage_medium_id"
                        + " where a.organization_id = '%s' and a.disposed_on is null order by a.name, a.id limit 50")) {
            System.out.println("[measure] EXPLAIN "
                    + String.join(
                            "\n[measure]   ",
                            jdbc.sql("explain (analyze, buffers) " + sql.formatted(org.id()))
                                    .query(String.class)
                                    .list()));
        }
        time("export: 100,000 assets to CSV", () -> {
            signedIn.run(
                    g,
                    () -> transfer.export(
                            AssetQuery.all(),
                            AssetTransfer.Format.CSV,
                            Locale.JAPANESE,
                            OutputStream.nullOutputStream()));
            return 0;
        });
    }

    private static void time(String what, Supplier<Object> work) {
        work.get(); // warm-up
        List<Long> runs = new ArrayList<>();
        Object result = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            result = work.get();
            runs.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(runs);
        System.out.printf(
                "[measure] %-70s median %5d ms  (min %d, max %d)  result %s%n",
                what, runs.get(2), runs.get(0), runs.get(4), result);
    }
}
