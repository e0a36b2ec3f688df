package dev.toitsu.organization.domain;

import static dev.toitsu.shared.Permission.AUDIT_TRAIL_READ;
import static dev.toitsu.shared.Permission.CLASSIFICATION_ADMINISTER;
import static dev.toitsu.shared.Permission.CLASSIFICATION_READ;
import static dev.toitsu.shared.Permission.DIRECTORY_READ;
import static dev.toitsu.shared.Permission.ORGANIZATION_ADMINISTER;
import static dev.toitsu.shared.Permission.OVERSIGHT_VIEW;
import static dev.toitsu.shared.Permission.REGISTRY_ADMINISTER;
import static dev.toitsu.shared.Permission.REGISTRY_READ;
import static dev.toitsu.shared.Permission.STANDARD_ADMINISTER;
import static dev.toitsu.shared.Permission.STANDARD_APPROVE;

import dev.toitsu.organization.ScopeKind;
import dev.toitsu.shared.Permission;
import java.util.List;
import java.util.Set;

/**
 * The roles the 統一基準 names (001 1.2.1.1, BRIEF §2), seeded into every new organization. Organizations rename them
 * and add their own; the codes stay, because vacancy checks and separation rules refer to them.
 */
public final class StandardRoles {

    public static final String CISO = "CISO";
    public static final String DEPUTY_CISO = "DEPUTY_CISO";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String AUDIT_CHIEF = "AUDIT_CHIEF";
    public static final String AUDITOR = "AUDITOR";
    public static final String GENERAL_ISO = "GENERAL_ISO";
    public static final String ISO = "ISO";
    public static final String SYSTEM_OWNER = "SYSTEM_OWNER";
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    public static final String SECTION_ISO = "SECTION_ISO";
    public static final String ADVISER = "ADVISER";
    public static final String CSIRT = "CSIRT";
    public static final String CLOUD_ADMIN = "CLOUD_ADMIN";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    /** One seeded role. {@code contactList}: its holders belong in the 連絡網 (001 1.2.2.2). */
    public record Seed(
            String code,
            String name,
            String nameEn,
            String description,
            ScopeKind scopeKind,
            Set<Permission> permissions,
            boolean contactList) {}

    public static final List<Seed> ALL = List.of(
            new Seed(
                    CISO,
                    "最高情報セキュリティ責任者",
                    "Chief Information Security Officer (CISO)",
                    "機関における情報セキュリティ対策に関する事務を統括する（1.2.1.1(1)）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(
                            DIRECTORY_READ,
                            ORGANIZATION_ADMINISTER,
                            AUDIT_TRAIL_READ,
                            OVERSIGHT_VIEW,
                            CLASSIFICATION_READ,
                            CLASSIFICATION_ADMINISTER,
                            REGISTRY_READ,
                            STANDARD_APPROVE),
                    true),
            new Seed(
                    DEPUTY_CISO,
                    "最高情報セキュリティ副責任者",
                    "Deputy CISO",
                    "最高情報セキュリティ責任者を助ける（1.2.1.1(2)）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, AUDIT_TRAIL_READ, OVERSIGHT_VIEW, CLASSIFICATION_READ, REGISTRY_READ),
                    true),
            new Seed(
                    COMMITTEE,
                    "情報セキュリティ委員会",
                    "Information Security Committee",
                    "対策基準等の審議を行う委員会の構成員（1.2.1.1(3)）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, CLASSIFICATION_READ),
                    false),
            new Seed(
                    AUDIT_CHIEF,
                    "情報セキュリティ監査責任者",
                    "Chief Information Security Auditor",
                    "情報セキュリティ監査に関する事務を統括する（1.2.1.1(4)）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, AUDIT_TRAIL_READ, CLASSIFICATION_READ, REGISTRY_READ),
                    false),
            new Seed(
                    AUDITOR,
                    "情報セキュリティ監査実施者",
                    "Information Security Auditor",
                    "監査責任者の指示に基づき監査を実施する。被監査部門から独立した者から指名する（1.2.3.2(4)(a)）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, AUDIT_TRAIL_READ, CLASSIFICATION_READ, REGISTRY_READ),
                    false),
            new Seed(
                    GENERAL_ISO,
                    "統括情報セキュリティ責任者",
                    "General Information Security Officer",
                    "情報セキュリティ責任者を統括し、最高情報セキュリティ責任者を補佐する（1.2.1.1(5)）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(
                            DIRECTORY_READ,
                            ORGANIZATION_ADMINISTER,
                            AUDIT_TRAIL_READ,
                            OVERSIGHT_VIEW,
                            CLASSIFICATION_READ,
                            CLASSIFICATION_ADMINISTER,
                            REGISTRY_READ,
                            REGISTRY_ADMINISTER,
                            STANDARD_ADMINISTER),
                    true),
            new Seed(
                    ISO,
                    "情報セキュリティ責任者",
                    "Information Security Officer",
                    "部局等における情報セキュリティ対策に関する事務を統括する（1.2.1.1(6)）。",
                    ScopeKind.UNIT,
                    Set.of(
                            DIRECTORY_READ,
                            ORGANIZATION_ADMINISTER,
                            CLASSIFICATION_READ,
                            REGISTRY_READ,
                            REGISTRY_ADMINISTER),
                    true),
            new Seed(
                    SYSTEM_OWNER,
                    "情報システムセキュリティ責任者",
                    "Information System Security Owner",
                    "所管する情報システムの情報セキュリティ対策に関する事務を統括する（1.2.1.1(8)）。",
                    ScopeKind.SYSTEM,
                    Set.of(DIRECTORY_READ, REGISTRY_READ, REGISTRY_ADMINISTER),
                    true),
            new Seed(
                    SYSTEM_ADMIN,
                    "情報システムセキュリティ管理者",
                    "Information System Security Administrator",
                    "所管する情報システムの管理業務において情報セキュリティ対策を実施する（1.2.1.1(9)）。",
                    ScopeKind.SYSTEM,
                    Set.of(DIRECTORY_READ, REGISTRY_READ, REGISTRY_ADMINISTER),
                    false),
            new Seed(
                    SECTION_ISO,
                    "課室情報セキュリティ責任者",
                    "Section Information Security Officer",
                    "課室における情報セキュリティ対策に関する事務を統括する（1.2.1.1(7)）。",
                    ScopeKind.UNIT,
                    Set.of(
                            DIRECTORY_READ,
                            ORGANIZATION_ADMINISTER,
                            CLASSIFICATION_READ,
                            REGISTRY_READ,
                            REGISTRY_ADMINISTER),
                    false),
            new Seed(
                    ADVISER,
                    "最高情報セキュリティアドバイザー",
                    "Chief Information Security Adviser",
                    "専門的な知識及び経験を有する者として最高情報セキュリティ責任者に助言する。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, CLASSIFICATION_READ, REGISTRY_READ),
                    false),
            new Seed(
                    CSIRT,
                    "CSIRT",
                    "CSIRT",
                    "情報セキュリティインシデントに対処するための体制（1.2.1.1(10)、1.2.2.2）。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, CLASSIFICATION_READ, REGISTRY_READ),
                    true),
            new Seed(
                    CLOUD_ADMIN,
                    "クラウドサービス管理者",
                    "Cloud Service Administrator",
                    "クラウドサービスの利用に係る管理を行う。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, CLASSIFICATION_READ, REGISTRY_READ),
                    false),
            new Seed(
                    STAFF,
                    "職員等",
                    "Staff",
                    "情報を取り扱う全ての職員等。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, CLASSIFICATION_READ),
                    false),
            new Seed(
                    ADMIN,
                    "toitsu 管理者",
                    "toitsu administrator",
                    "部局・課室、職員等、役割の登録を管理する。",
                    ScopeKind.ORGANIZATION,
                    Set.of(DIRECTORY_READ, ORGANIZATION_ADMINISTER, AUDIT_TRAIL_READ, CLASSIFICATION_READ),
                    false));

    private StandardRoles() {}
}
