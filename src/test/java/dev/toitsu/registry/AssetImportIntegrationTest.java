package dev.toitsu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.toitsu.classification.Classification;
import dev.toitsu.classification.SchemeTemplate;
import dev.toitsu.platform.TabularFile;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 情報資産台帳 files: both encodings, Excel and CSV round trips, all-or-nothing with line numbers, a large file. */
@IntegrationTest
class AssetImportIntegrationTest {

    @Autowired
    RegistryFixture fixture;

    @Autowired
    SignedIn signedIn;

    @Autowired
    AssetTransfer transfer;

    @Autowired
    InformationAssets assets;

    @Autowired
    Classification classification;

    RegistryFixture.Org org;

    @BeforeEach
    void organization() {
        org = fixture.create();
        signedIn.run(org.generalIso(), () -> classification.adopt(SchemeTemplate.GOVERNMENT));
    }

    private static final String HEADER = "管理番号,名称,所管部局・課室コード,機密性,完全性,取扱制限,取扱制限の詳細,保存場所の種別,保存場所,個人情報,保存期限\n";

    private ImportReport load(String name, byte[] bytes) {
        return signedIn.as(org.generalIso(), () -> transfer.importAssets(name, bytes));
    }

    private long count() {
        return signedIn.as(
                org.generalIso(), () -> assets.search(AssetQuery.all(), 0, 1).total());
    }

    @Test
    void readsUtf8AndShiftJisAndSaysWhichItUsed() {
        String csv = HEADER
                + "HR-1,職員の人事記録（髙橋・﨑）,A,C3,I2,NO_COPY;LIMITED_DISTRIBUTION,人事課のみ,PAPER,書庫①,TRUE,2030-03-31\n"
                + "PR-1,広報資料,B,C1,,,,OTHER,,FALSE,\n";
        ImportReport utf8 = load("assets.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(utf8.errors()).isEmpty();
        assertThat(utf8.encoding()).isEqualTo("UTF-8");
        assertThat(utf8.created()).isEqualTo(2);

        String sjisCsv = HEADER.replace("\n", "\r\n") + "KA-1,会計伝票①,A1,C2,,,,PAPER,金庫,FALSE,\r\n";
        ImportReport sjis = load("shift_jis.csv", sjisCsv.getBytes(Charset.forName("windows-31j")));
        assertThat(sjis.errors()).isEmpty();
        assertThat(sjis.encoding()).isEqualTo("windows-31j");
        InformationAsset imported = signedIn.as(
                        org.generalIso(),
                        () -> assets.search(new AssetQuery("KA-1", null, null, null, null, null, false, null), 0, 5))
                .items()
                .get(0);
        assertThat(imported.name()).isEqualTo("会計伝票①");
        InformationAsset hr = signedIn.as(
                        org.generalIso(),
                        () -> assets.search(new AssetQuery("HR-1", null, null, null, null, null, false, null), 0, 5))
                .items()
                .get(0);
        assertThat(hr.name()).isEqualTo("職員の人事記録（髙橋・﨑）");
        assertThat(hr.restrictions()).containsExactly("NO_COPY", "LIMITED_DISTRIBUTION");
        assertThat(hr.ownerUnitId()).isEqualTo(org.unitA());
    }

    @Test
    void oneBadRowImportsNothingAndEveryProblemHasItsLine() {
        long before = count();
        String csv = HEADER
                + "OK-1,正しい行,A,C2,,,,PAPER,,FALSE,\n"
                + "NG-1,,A,C2,,,,PAPER,,FALSE,\n" // line 3: no name
                + "NG-2,存在しない部局,ZZ,C2,,,,PAPER,,FALSE,\n" // line 4
                + "NG-3,存在しない区分,A,C9,,,,PAPER,,FALSE,\n" // line 5
                + "NG-4,詳細なし,A,C2,,LIMITED_DISTRIBUTION,,PAPER,,FALSE,\n" // line 6
                + "NG-5,日付誤り,A,C2,,,,PAPER,,FALSE,2030-13-40\n" // line 7
                + "OK-1,重複,A,C2,,,,PAPER,,FALSE,\n"; // line 8
        ImportReport report = load("bad.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.committed()).isFalse();
        assertThat(report.errors())
                .extracting(ImportReport.RowError::line, ImportReport.RowError::code)
                .containsExactly(
                        tuple(3, "registry.asset.name.required"),
                        tuple(4, "registry.import.unit.unknown"),
                        tuple(5, "classification.grading.confidentiality.unknown"),
                        tuple(6, "classification.grading.restrictionDetail.required"),
                        tuple(7, "registry.import.date.invalid"),
                        tuple(8, "registry.import.code.duplicate"));
        assertThat(report.errors().get(0).column()).isEqualTo("名称");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aMissingHeaderOrAnUnreadableFileIsRefusedWhole() {
        ImportReport noHeader = load("x.csv", "名称,機密性\nA,C1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noHeader.errors())
                .extracting(ImportReport.RowError::code)
                .contains("registry.import.header.missing");
        ImportReport junk = load("x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(junk.errors()).extracting(ImportReport.RowError::code).containsExactly("registry.import.unreadable");
        ImportReport binary = load("x.csv", new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF});
        assertThat(binary.errors())
                .extracting(ImportReport.RowError::code)
                .containsExactly("registry.import.encoding.error");
    }

    @Test
    void excelAndCsvExportsReadBackWithoutAnyChange() throws Exception {
        String csv = HEADER
                + "RT-1,往復する資産（改行\"引用\"入り）,A,C3,I2,NO_COPY;TIME_LIMITED,2027-03-31まで,PAPER,\"書庫, 2階\",TRUE,2031-03-31\n"
                + "RT-2,0123で始まる名称,A1,C1,,,,OTHER,,FALSE,\n";
        assertThat(load("rt.csv", csv.getBytes(StandardCharsets.UTF_8)).errors())
                .isEmpty();
        for (AssetTransfer.Format format : AssetTransfer.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            signedIn.run(org.generalIso(), () -> transfer.export(AssetQuery.all(), format, Locale.JAPANESE, out));
            ImportReport again = load(format == AssetTransfer.Format.CSV ? "rt.csv" : "rt.xlsx", out.toByteArray());
            assertThat(again.errors()).as(format.name()).isEmpty();
            assertThat(again.rows()).isEqualTo(2);
            assertThat(again.unchanged()).as(format.name()).isEqualTo(2);
            assertThat(again.created() + again.updated()).isZero();
        }
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        signedIn.run(
                org.generalIso(),
                () -> transfer.export(AssetQuery.all(), AssetTransfer.Format.CSV, Locale.ENGLISH, english));
        assertThat(TabularFile.decode(english.toByteArray())[0]).contains("Owner unit code");
        assertThat(load("en.csv", english.toByteArray()).unchanged()).isEqualTo(2);
    }

    @Test
    void anUpdateBasedOnAnOldExportIsRefused() {
        load("v.csv", (HEADER + "VV-1,版の確認,A,C1,,,,OTHER,,FALSE,\n").getBytes(StandardCharsets.UTF_8));
        String old = "管理番号,名称,所管部局・課室コード,機密性,版\nVV-1,上書き,A,C1,99\n";
        ImportReport report = load("old.csv", old.getBytes(StandardCharsets.UTF_8));
        assertThat(report.errors())
                .extracting(ImportReport.RowError::code)
                .containsExactly("registry.import.version.stale");
    }

    @Test
    void aLargeFileImportsInOneGo() {
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 20_000;
        for (int i = 0; i < rows; i++) {
            csv.append("BULK-").append(i).append(",大量取込み資産").append(i).append(",A1,C2,I2,,,PAPER,キャビネット,FALSE,\n");
        }
        long start = System.nanoTime();
        ImportReport report = load("large.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(report.errors()).isEmpty();
        assertThat(report.created()).isEqualTo(rows);
        System.out.println("[measure] import of " + rows + " CSV rows: " + millis + " ms");
    }

    @Test
    void aSectionCannotImportAssetsOfAnotherUnit() {
        String csv = HEADER + "SX-1,他部局の資産,B,C1,,,,OTHER,,FALSE,\n";
        ImportReport report = signedIn.as(
                org.sectionKeeper(), () -> transfer.importAssets("s.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report.errors())
                .extracting(ImportReport.RowError::code)
                .containsExactly("registry.asset.ownerUnitId.forbidden");
        assertThat(List.of(report.created())).containsExactly(0);
    }
}
