package dev.toitsu.demo;

import dev.toitsu.registry.AssetDraft;
import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.EquipmentDraft;
import dev.toitsu.registry.EquipmentKind;
import dev.toitsu.registry.EquipmentRegister;
import dev.toitsu.registry.ExternalMedia;
import dev.toitsu.registry.ExternalMedium;
import dev.toitsu.registry.Hosting;
import dev.toitsu.registry.Importance;
import dev.toitsu.registry.InformationAssets;
import dev.toitsu.registry.InformationSystem;
import dev.toitsu.registry.InformationSystems;
import dev.toitsu.registry.LifecyclePhase;
import dev.toitsu.registry.MediumDraft;
import dev.toitsu.registry.MediumKind;
import dev.toitsu.registry.StorageKind;
import dev.toitsu.registry.SystemDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The ministry's registers in the demo: the document management system that the demo's system roles are held for
 * (so the demo {@code system-owner} keeps a system), a second system it depends on, information assets, equipment
 * and external media in the demo units. Goes through the registry's public API, so it is all in the audit trail.
 */
@Component
class DemoRegisters {

    private final InformationSystems systems;
    private final InformationAssets assets;
    private final EquipmentRegister equipment;
    private final ExternalMedia media;

    DemoRegisters(
            InformationSystems systems, InformationAssets assets, EquipmentRegister equipment, ExternalMedia media) {
        this.systems = systems;
        this.assets = assets;
        this.equipment = equipment;
        this.media = media;
    }

    /** Fills the registers of the organization the loader is signed in to; units and people by their demo codes. */
    void fill(Map<String, UUID> units, Map<String, UUID> people, LocalDate today) {
        UUID joho = units.get("JOHO");
        UUID somu = units.get("SOMU");
        UUID kikaku = units.get("KIKAKU");
        InformationSystem documents = systems.registerWithId(
                DemoOrganization.DOCUMENT_SYSTEM,
                new SystemDraft(
                        "SYS-DOC",
                        "文書管理システム",
                        "行政文書の作成・決裁・保存・移管を電子的に管理する",
                        joho,
                        List.of(somu, kikaku, units.get("CHOSA")),
                        "本省の全職員(決裁者を含む)",
                        850,
                        false,
                        Hosting.ON_PREMISES,
                        null,
                        true,
                        LifecyclePhase.OPERATION,
                        today.minusYears(6),
                        today.minusYears(4),
                        today.plusYears(1).withDayOfYear(1),
                        null,
                        "更改の企画を来年度に開始する"));
        InformationSystem portal = systems.register(new SystemDraft(
                "SYS-PORTAL",
                "職員ポータル",
                "通知・掲示・申請の窓口(クラウドサービスを利用)",
                joho,
                List.of(somu, kikaku),
                "本省の全職員",
                900,
                true,
                Hosting.CLOUD_SERVICE,
                "ISMAP登録済みSaaS(グループウェア)",
                false,
                LifecyclePhase.OPERATION,
                today.minusYears(3),
                today.minusYears(2),
                today.plusYears(3),
                null,
                null));
        systems.addDependency(portal.id(), documents.id(), "決裁状況の表示に文書管理システムのAPIを利用");

        assets.register(asset(
                "決裁文書(人事関係)",
                "人事異動・懲戒に関する決裁文書",
                somu,
                people.get("M0005"),
                "C3",
                "I2",
                "A2",
                List.of("NO_COPY", "NO_TAKEOUT"),
                StorageKind.SYSTEM,
                documents.id(),
                null,
                true,
                today.plusYears(30)));
        assets.register(asset(
                "政策立案資料",
                "審議会向けの検討資料(公表前)",
                kikaku,
                null,
                "C2",
                "I2",
                "A1",
                List.of("NO_REDISTRIBUTION"),
                StorageKind.SYSTEM,
                documents.id(),
                null,
                false,
                today.plusYears(10)));
        assets.register(asset(
                "職員ポータル掲示文書",
                "全職員向けの通知・お知らせ",
                somu,
                null,
                "C1",
                "I2",
                "A1",
                List.of(),
                StorageKind.SYSTEM,
                portal.id(),
                null,
                false,
                today.plusYears(1)));
        ExternalMedium usb = media.register(
                new MediumDraft("USB-0001", MediumKind.USB_MEMORY, "貸出用暗号化USBメモリ", joho, null, "C2", true));
        media.register(new MediumDraft("HDD-0001", MediumKind.EXTERNAL_HDD, "文書管理システムのバックアップ", joho, null, "C3", true));
        media.register(new MediumDraft("DVD-0001", MediumKind.OPTICAL_DISC, "公表資料の配布用", somu, null, "C1", false));
        media.lend(usb.id(), usb.version(), people.get("M0015"), "外部会議での説明資料の持参", today.plusDays(7));
        assets.register(asset(
                "会議説明資料(持参用)",
                "外部会議で説明する資料の写し",
                kikaku,
                null,
                "C2",
                "I1",
                "A1",
                List.of("ENCRYPTION_REQUIRED"),
                StorageKind.MEDIUM,
                null,
                usb.id(),
                false,
                today.plusMonths(1)));

        equipment.register(device(EquipmentKind.SERVER, "文書管理サーバ(本番)", joho, documents.id(), "サーバ室A", false, null));
        equipment.register(device(EquipmentKind.SERVER, "文書管理サーバ(DB)", joho, documents.id(), "サーバ室A", false, null));
        equipment.register(device(EquipmentKind.NETWORK_DEVICE, "基幹スイッチ", joho, null, "サーバ室A", false, null));
        equipment.register(device(EquipmentKind.TERMINAL, "職員用ノートPC(貸与)", somu, null, "総務課執務室", false, null));
        equipment.register(device(EquipmentKind.MULTIFUNCTION_DEVICE, "複合機 3F", somu, null, "3階コピー室", true, 2));
        equipment.register(device(EquipmentKind.SPECIAL_PURPOSE_DEVICE, "入退室管理カメラ", joho, null, "サーバ室A入口", true, 1));
        equipment.register(new EquipmentDraft(
                null,
                EquipmentKind.SOFTWARE,
                "統合ID管理ソフトウェア",
                joho,
                documents.id(),
                "デモソフト株式会社",
                "IDM",
                "5.2",
                null,
                null,
                false,
                null,
                null,
                null,
                true,
                null,
                null,
                "情報システムの基盤を管理又は制御するソフトウェア"));

        InformationSystem current = systems.get(documents.id());
        systems.decideImportance(
                current.id(),
                current.version(),
                Importance.HIGH,
                Set.of("H-BUSINESS-CRITICAL"),
                "機能停止時に本省の決裁業務が停止するため(表5.1.1-1)");
    }

    private static AssetDraft asset(
            String name,
            String description,
            UUID unit,
            UUID manager,
            String confidentiality,
            String integrity,
            String availability,
            List<String> restrictions,
            StorageKind storage,
            UUID system,
            UUID medium,
            boolean personalInfo,
            LocalDate retentionUntil) {
        return new AssetDraft(
                null,
                name,
                description,
                unit,
                manager,
                confidentiality,
                integrity,
                availability,
                restrictions,
                null,
                storage,
                system,
                medium,
                null,
                personalInfo,
                false,
                retentionUntil,
                null,
                storage == StorageKind.MEDIUM ? DisposalMethod.OVERWRITE : null,
                null,
                null);
    }

    private static EquipmentDraft device(
            EquipmentKind kind, String name, UUID unit, UUID system, String location, boolean iot, Integer jcStar) {
        return new EquipmentDraft(
                null,
                kind,
                name,
                unit,
                system,
                "デモ電機",
                null,
                null,
                location,
                null,
                iot,
                jcStar,
                null,
                jcStar == null ? null : "適合ラベルを確認",
                false,
                null,
                null,
                null);
    }
}
