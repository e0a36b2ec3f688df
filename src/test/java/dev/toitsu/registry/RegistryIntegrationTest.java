package dev.toitsu.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.classification.Classification;
import dev.toitsu.classification.SchemeTemplate;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The registers through their facades: scope, 重要度 and its history, re-classification, documents, audit. */
@IntegrationTest
class RegistryIntegrationTest {

    @Autowired
    RegistryFixture fixture;

    @Autowired
    SignedIn signedIn;

    @Autowired
    InformationSystems systems;

    @Autowired
    InformationAssets assets;

    @Autowired
    EquipmentRegister equipment;

    @Autowired
    ExternalMedia media;

    @Autowired
    Classification classification;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Applicability applicability;

    RegistryFixture.Org org;

    @BeforeEach
    void organization() {
        org = fixture.create();
        signedIn.run(org.generalIso(), () -> classification.adopt(SchemeTemplate.GOVERNMENT));
    }

    static SystemDraft system(String name, UUID unit) {
        return new SystemDraft(
                null,
                name,
                "目的",
                unit,
                List.of(),
                "職員",
                100,
                false,
                Hosting.ON_PREMISES,
                null,
                false,
                LifecyclePhase.CONSTRUCTION,
                null,
                null,
                null,
                null,
                null);
    }

    static AssetDraft asset(String name, UUID unit, String confidentiality, UUID system) {
        return new AssetDraft(
                null,
                name,
                null,
                unit,
                null,
                confidentiality,
                "I2",
                "A1",
                List.of("NO_COPY"),
                null,
                system == null ? StorageKind.PAPER : StorageKind.SYSTEM,
                system,
                null,
                "書庫",
                false,
                false,
                null,
                null,
                null,
                null,
                null);
    }

    @Test
    void aSectionKeepsItsOwnSystemsAndDoesNotSeeOthers() {
        InformationSystem own =
                signedIn.as(org.sectionKeeper(), () -> systems.register(system("課室の業務システム", org.unitA1())));
        InformationSystem other =
                signedIn.as(org.generalIso(), () -> systems.register(system("部局Bのシステム", org.unitB())));

        assertThatThrownBy(() -> signedIn.run(org.sectionKeeper(), () -> systems.register(system("越権", org.unitB()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run(org.sectionKeeper(), () -> systems.get(other.id())))
                .isInstanceOf(NotFoundException.class);
        RegisterPage<InformationSystem> seen =
                signedIn.as(org.sectionKeeper(), () -> systems.search(SystemQuery.all(), 0, 50));
        assertThat(seen.items()).extracting(InformationSystem::id).containsExactly(own.id());
        assertThat(signedIn.as(org.generalIso(), () -> systems.search(SystemQuery.all(), 0, 50))
                        .total())
                .isEqualTo(2);
        // staff without register rights see an empty list, not an error
        assertThat(signedIn.as(org.staff(), () -> systems.search(SystemQuery.all(), 0, 50))
                        .items())
                .isEmpty();
    }

    @Test
    void aSystemOwnerKeepsTheSystemThroughTheSystemScopedRole() {
        InformationSystem s = signedIn.as(org.generalIso(), () -> systems.register(system("所管外のシステム", org.unitA())));
        assertThatThrownBy(() -> signedIn.run(org.systemOwner(), () -> systems.get(s.id())))
                .isInstanceOf(NotFoundException.class);
        fixture.appointOwner(org, s.id());
        InformationSystem revised = signedIn.as(
                org.systemOwner(), () -> systems.revise(s.id(), s.version(), system("責任者が更新", org.unitA())));
        assertThat(revised.name()).isEqualTo("責任者が更新");
        assertThat(signedIn.as(org.systemOwner(), () -> systems.search(SystemQuery.all(), 0, 10))
                        .items())
                .extracting(InformationSystem::id)
                .containsExactly(s.id());
    }

    @Test
    void importanceFollowsTheInformationHandledAndTheDependentsAndKeepsItsHistory() {
        InformationSystem core = signedIn.as(org.generalIso(), () -> systems.register(system("基幹システム", org.unitA())));
        InformationSystem auth = signedIn.as(org.generalIso(), () -> systems.register(system("認証基盤", org.unitA())));
        signedIn.run(org.generalIso(), () -> assets.register(asset("人事記録", org.unitA(), "C3", core.id())));

        ImportanceAssessment coreAssessment = signedIn.as(org.generalIso(), () -> systems.assess(core.id(), Set.of()));
        assertThat(coreAssessment.proposed()).isEqualTo(Importance.HIGH); // 機密性3 = the top level
        assertThat(coreAssessment.highestConfidentiality()).isEqualTo("C3");
        InformationSystem decided = signedIn.as(
                org.generalIso(),
                () -> systems.decideImportance(
                        core.id(), systems.get(core.id()).version(), Importance.HIGH, Set.of(), null));
        assertThat(decided.importance()).isEqualTo(Importance.HIGH);
        assertThat(decided.highestConfidentiality()).isEqualTo("C3");

        // core relies on auth: an incident in auth affects a 高 system, so auth is proposed 高 as well
        signedIn.run(org.generalIso(), () -> systems.addDependency(core.id(), auth.id(), "認証"));
        assertThat(signedIn.as(org.generalIso(), () -> systems.assess(auth.id(), Set.of()))
                        .proposed())
                .isEqualTo(Importance.HIGH);
        // deciding below the proposal needs a reason
        InformationSystem authNow = signedIn.as(org.generalIso(), () -> systems.get(auth.id()));
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(),
                        () -> systems.decideImportance(auth.id(), authNow.version(), Importance.LOW, Set.of(), " ")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("registry.importance.rationale.required");
        signedIn.run(
                org.generalIso(),
                () -> systems.decideImportance(
                        auth.id(), authNow.version(), Importance.MEDIUM, Set.of(), "冗長化済みで影響は限定的"));
        List<ImportanceDecision> history = signedIn.as(org.generalIso(), () -> systems.decisions(auth.id()));
        assertThat(history).hasSize(1);
        assertThat(history.get(0).proposed()).isEqualTo(Importance.HIGH);
        assertThat(history.get(0).criteria()).contains("H-AFFECTS-HIGH");
        assertThat(history.get(0).occasion()).isEqualTo("FIRST");
    }

    @Test
    void buildingTheSystemOrChangingItsInformationAsksForANewClassification() {
        InformationSystem s = signedIn.as(org.generalIso(), () -> systems.register(system("更改対象", org.unitA())));
        InformationSystem decided = signedIn.as(
                org.generalIso(), () -> systems.decideImportance(s.id(), s.version(), Importance.LOW, Set.of(), null));
        assertThat(decided.reclassificationReason()).isNull();
        SystemDraft operating = new SystemDraft(
                s.code(),
                s.name(),
                s.purpose(),
                s.ownerUnitId(),
                List.of(),
                null,
                null,
                false,
                Hosting.ON_PREMISES,
                null,
                false,
                LifecyclePhase.OPERATION,
                null,
                null,
                null,
                null,
                null);
        InformationSystem built =
                signedIn.as(org.generalIso(), () -> systems.revise(s.id(), decided.version(), operating));
        assertThat(built.reclassificationReason()).isEqualTo(ReclassificationReason.BUILT);
        InformationSystem again = signedIn.as(
                org.generalIso(),
                () -> systems.decideImportance(s.id(), built.version(), Importance.LOW, Set.of(), null));
        assertThat(again.reclassificationReason()).isNull();
        assertThat(signedIn.as(org.generalIso(), () -> systems.decisions(s.id()))
                        .get(0)
                        .occasion())
                .isEqualTo("BUILT");

        InformationAsset a =
                signedIn.as(org.generalIso(), () -> assets.register(asset("台帳", org.unitA(), "C1", s.id())));
        // registering an asset stored in the system already flagged it; decide again, then raise the asset's grading
        InformationSystem flagged = signedIn.as(org.generalIso(), () -> systems.get(s.id()));
        assertThat(flagged.reclassificationReason()).isEqualTo(ReclassificationReason.INFORMATION_CHANGED);
        signedIn.run(
                org.generalIso(),
                () -> systems.decideImportance(s.id(), flagged.version(), Importance.MEDIUM, Set.of(), null));
        AssetDraft raised = new AssetDraft(
                a.code(),
                a.name(),
                null,
                a.ownerUnitId(),
                null,
                "C2",
                "I2",
                "A1",
                List.of(),
                null,
                StorageKind.SYSTEM,
                s.id(),
                null,
                null,
                false,
                false,
                null,
                null,
                null,
                null,
                null);
        signedIn.run(org.generalIso(), () -> assets.revise(a.id(), a.version(), raised));
        assertThat(signedIn.as(org.generalIso(), () -> systems.get(s.id())).reclassificationReason())
                .isEqualTo(ReclassificationReason.INFORMATION_CHANGED);
    }

    @Test
    void aStaleEditIsAConflictAndEveryChangeIsInTheAuditTrail() {
        InformationSystem s = signedIn.as(org.generalIso(), () -> systems.register(system("監査対象", org.unitA())));
        signedIn.run(org.generalIso(), () -> systems.revise(s.id(), s.version(), system("一度目", org.unitA())));
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(), () -> systems.revise(s.id(), s.version(), system("二度目", org.unitA()))))
                .isInstanceOf(ConflictException.class);
        List<String> actions = jdbc.sql(
                        "select action from audit_event where organization_id = :org and subject_id = :id order by seq")
                .param("org", org.id())
                .param("id", s.id().toString())
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("registry.system.registered", "registry.system.revised");
    }

    @Test
    void documentsAreLimitedInTypeAndKeepTheirHash() {
        InformationSystem s = signedIn.as(org.generalIso(), () -> systems.register(system("文書のあるシステム", org.unitA())));
        byte[] content = "設計書".getBytes(StandardCharsets.UTF_8);
        SystemDocument doc = signedIn.as(
                org.generalIso(), () -> systems.attach(s.id(), "基本設計書", "設計", "design.txt", "text/plain", content));
        assertThat(doc.sha256()).isEqualTo(InformationSystems.sha256(content)).hasSize(64);
        assertThat(signedIn.as(org.generalIso(), () -> systems.document(s.id(), doc.id()))
                        .bytes())
                .isEqualTo(content);
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(),
                        () -> systems.attach(s.id(), "実行形式", null, "x.exe", "application/x-msdownload", content)))
                .hasMessageContaining("registry.document.file.type");
        signedIn.run(org.generalIso(), () -> systems.withdrawDocument(s.id(), doc.id()));
        assertThat(signedIn.as(org.generalIso(), () -> systems.documents(s.id())))
                .isEmpty();
    }

    @Test
    void assetsRefuseLevelsOutsideTheSchemeAndMediaThatMayNotHoldThem() {
        assertThatThrownBy(() ->
                        signedIn.run(org.generalIso(), () -> assets.register(asset("極秘", org.unitA(), "C4", null))))
                .hasMessageContaining("classification.grading.confidentiality.unknown");
        ExternalMedium usb = signedIn.as(
                org.generalIso(),
                () -> media.register(new MediumDraft(
                        "USB-" + UUID.randomUUID().toString().substring(0, 6),
                        MediumKind.USB_MEMORY,
                        null,
                        org.unitA(),
                        null,
                        "C2",
                        true)));
        AssetDraft onUsb = new AssetDraft(
                null,
                "秘密の名簿",
                null,
                org.unitA(),
                null,
                "C3",
                null,
                null,
                List.of(),
                null,
                StorageKind.MEDIUM,
                null,
                usb.id(),
                null,
                true,
                false,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> signedIn.run(org.generalIso(), () -> assets.register(onUsb)))
                .hasMessageContaining("registry.asset.storageMediumId.tooSensitive");
    }

    @Test
    void mediaAreLentReturnedAndDisposedWithTheFlashCaveat() {
        ExternalMedium usb = signedIn.as(
                org.generalIso(),
                () -> media.register(new MediumDraft(
                        "USB-" + UUID.randomUUID().toString().substring(0, 6),
                        MediumKind.USB_MEMORY,
                        "貸出用",
                        org.unitA(),
                        null,
                        "C2",
                        true)));
        ExternalMedium lent = signedIn.as(
                org.generalIso(), () -> media.lend(usb.id(), usb.version(), org.systemOwnerPerson(), "出張", null));
        assertThat(lent.status()).isEqualTo(MediumStatus.LENT);
        assertThat(lent.openLoan().borrowerId()).isEqualTo(org.systemOwnerPerson());
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(),
                        () -> media.dispose(usb.id(), lent.version(), DisposalMethod.OVERWRITE, null, null)))
                .hasMessageContaining("registry.medium.dispose.lent");
        ExternalMedium back = signedIn.as(org.generalIso(), () -> media.giveBack(usb.id(), lent.version()));
        List<String> caveats = signedIn.as(
                org.generalIso(), () -> media.dispose(usb.id(), back.version(), DisposalMethod.OVERWRITE, null, "記録"));
        assertThat(caveats).containsExactly("registry.disposal.caveat.flash");
        assertThat(signedIn.as(org.generalIso(), () -> media.loans(usb.id())))
                .singleElement()
                .satisfies(l -> assertThat(l.returnedOn()).isNotNull());
    }

    @Test
    void iotEquipmentCarriesItsJcStarLevel() {
        Equipment camera = signedIn.as(
                org.generalIso(),
                () -> equipment.register(new EquipmentDraft(
                        null,
                        EquipmentKind.SPECIAL_PURPOSE_DEVICE,
                        "ネットワークカメラ",
                        org.unitA(),
                        null,
                        "メーカー",
                        "NC-1",
                        null,
                        "庁舎1F",
                        null,
                        true,
                        3,
                        null,
                        "ラベル確認 2025-04",
                        false,
                        null,
                        null,
                        null)));
        assertThat(camera.jcStarAssurance()).isEqualTo(JcStarAssurance.THIRD_PARTY);
        assertThat(camera.issued()).isNull();
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(),
                        () -> equipment.register(new EquipmentDraft(
                                null,
                                EquipmentKind.SERVER,
                                "制御ソフト?",
                                org.unitA(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                false,
                                null,
                                null,
                                null,
                                true,
                                null,
                                null,
                                null))))
                .hasMessageContaining("registry.equipment.controlsInfrastructure.kind");
    }

    @Test
    void theStatementOfApplicabilityFollowsTheCatalogEditionImportanceAndProperties() {
        InformationSystem s = signedIn.as(
                org.generalIso(),
                () -> systems.register(new SystemDraft(
                        null,
                        "クラウド上の申請システム",
                        null,
                        org.unitA(),
                        List.of(),
                        null,
                        null,
                        true,
                        Hosting.CLOUD_SERVICE,
                        "政府共通のクラウド",
                        false,
                        LifecyclePhase.OPERATION,
                        null,
                        null,
                        null,
                        null,
                        null)));
        signedIn.run(org.generalIso(), () -> assets.register(asset("申請データ", org.unitA(), "C2", s.id())));

        StatementOfApplicability before = signedIn.as(org.generalIso(), () -> applicability.statement(s.id()));
        assertThat(before.catalogAvailable()).isTrue();
        assertThat(before.editionCode()).isEqualTo("nisc-r5");
        assertThat(before.importanceDecided()).isFalse();
        assertThat(before.requirements())
                .extracting(ApplicableRequirement::nodeId)
                .contains("6.4.3(1)-1 a)", "6.4.3(1)-1 e)")
                .anyMatch(id -> id.startsWith("4.2.1")) // cloud + 要機密情報
                .noneMatch(id -> id.startsWith("4.2.3") || id.startsWith("2.") || id.startsWith("5.1.1"));
        assertThat(line(before, "6.4.3(1)-1 e)").obligation()).isEqualTo(Obligation.AS_NEEDED);
        assertThat(line(before, "6.4.3(1)-1 a)").obligation()).isEqualTo(Obligation.MANDATORY);

        InformationSystem current = signedIn.as(org.generalIso(), () -> systems.get(s.id()));
        signedIn.run(
                org.generalIso(),
                () -> systems.decideImportance(
                        s.id(), current.version(), Importance.HIGH, Set.of("H-BUSINESS-CRITICAL"), null));
        StatementOfApplicability high = signedIn.as(org.generalIso(), () -> applicability.statement(s.id()));
        assertThat(line(high, "6.4.3(1)-1 e)").obligation()).isEqualTo(Obligation.MANDATORY);

        signedIn.run(
                org.generalIso(),
                () -> applicability.declare(s.id(), "6.4.3(1)-1 e)", -1, RequirementStatus.PLANNED, null));
        assertThatThrownBy(() -> signedIn.run(
                        org.generalIso(),
                        () -> applicability.declare(
                                s.id(), "6.4.3(1)-1 a)", -1, RequirementStatus.NOT_APPLICABLE, " ")))
                .hasMessageContaining("registry.applicability.reason.required");
        StatementOfApplicability after = signedIn.as(org.generalIso(), () -> applicability.statement(s.id()));
        assertThat(line(after, "6.4.3(1)-1 e)").status()).isEqualTo(RequirementStatus.PLANNED);
        assertThat(after.counts().get(RequirementStatus.PLANNED)).isEqualTo(1L);
        // the staff member cannot state anything about it
        assertThatThrownBy(() -> signedIn.run(
                        org.staff(),
                        () -> applicability.declare(s.id(), "6.4.3(1)-1 a)", -1, RequirementStatus.IMPLEMENTED, null)))
                .isInstanceOf(NotFoundException.class);
    }

    private static ApplicableRequirement line(StatementOfApplicability s, String nodeId) {
        return s.requirements().stream()
                .filter(r -> r.nodeId().equals(nodeId))
                .findFirst()
                .orElseThrow();
    }
}
