package dev.toitsu.directorysync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import dev.toitsu.directorysync.SyncChange.Kind;
import dev.toitsu.organization.People;
import dev.toitsu.organization.Person;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.PersonKind;
import dev.toitsu.organization.PersonMoved;
import dev.toitsu.organization.UnitDraft;
import dev.toitsu.organization.UnitKind;
import dev.toitsu.organization.Units;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.support.DemoSignIn;
import dev.toitsu.support.IntegrationTest;
import dev.toitsu.support.SignedIn;
import dev.toitsu.support.TestOrganizations;
import dev.toitsu.support.TestOrganizations.TestPerson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@IntegrationTest
@RecordApplicationEvents
class DirectorySyncIntegrationTest {

    static final String HEADER = "職員番号,氏,名,所属コード,在籍\n";

    @Autowired
    DirectorySync sync;

    @Autowired
    People people;

    @Autowired
    Units units;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    SignedIn signedIn;

    @Autowired
    DemoSignIn signIn;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestPerson admin;
    UUID general;
    UUID info;

    @BeforeEach
    void organization() {
        UUID org = organizations.organization("人事連携省");
        admin = organizations.person(org, "ADMIN", Permission.ORGANIZATION_ADMINISTER, Permission.DIRECTORY_READ);
        signedIn.run(admin.accountId(), () -> {
            general = units.create(new UnitDraft(null, "A100", "総務課", null, UnitKind.DIVISION, 1))
                    .id();
            info = units.create(new UnitDraft(null, "A200", "情報政策課", null, UnitKind.DIVISION, 2))
                    .id();
            register("E001", "山田", "花子", general);
            register("E002", "鈴木", "一郎", general);
            register("E003", "佐藤", "次郎", info);
        });
    }

    @Test
    void previewsThenAppliesJoinsTransfersChangesAndLeavers() {
        String csv = HEADER + "E001,山田,花子,A200,在籍\nE002,鈴木,一朗,A100,在籍\nE004,田中,五郎,A100,在籍\n";

        SyncRun run = preview(csv);
        assertThat(run.plan().counts())
                .containsEntry(Kind.JOIN, 1)
                .containsEntry(Kind.TRANSFER, 1)
                .containsEntry(Kind.UPDATE, 1)
                .containsEntry(Kind.LEAVE, 1);
        assertThat(person("E003").active()).as("a preview changes nothing").isTrue();

        SyncRun applied = as(() -> sync.apply(run.id(), run.plan().fingerprint()));

        assertThat(applied.applied()).isTrue();
        assertThat(person("E001").unitId()).isEqualTo(info);
        assertThat(person("E001").unitSince()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")));
        assertThat(person("E002").givenName()).isEqualTo("一朗");
        assertThat(person("E003").active()).as("deactivated, not deleted").isFalse();
        assertThat(person("E004").unitId()).isEqualTo(general);
        assertThat(events.stream(PersonMoved.class)
                        .filter(e -> e.organizationId().equals(admin.organizationId())))
                .extracting(e -> e.joined() ? "joined" : e.transferred() ? "transferred" : "left")
                .contains("joined", "transferred", "left");
        assertThat(jdbc.sql("select count(*) from audit_event where organization_id = ? and action = ?")
                        .params(admin.organizationId(), "directorysync.run.applied")
                        .query(Integer.class)
                        .single())
                .isOne();
        assertThatThrownBy(() -> as(() -> sync.apply(run.id(), run.plan().fingerprint())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("directorysync.alreadyApplied"));
    }

    @Test
    void aSourceWithProblemsCannotBeAppliedAndChangesNothing() {
        SyncRun run = preview(HEADER + "E001,山田,花子,Z999,在籍\nE002,鈴木,一郎,A100,在籍\nE003,佐藤,次郎,A200,在籍\n");

        assertThat(run.plan().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.code()).isEqualTo("directorysync.problem.unknownUnit");
        });
        assertThatThrownBy(() -> as(() -> sync.apply(run.id(), run.plan().fingerprint())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("directorysync.notApplicable"));
        assertThat(person("E001").unitId()).isEqualTo(general);
    }

    @Test
    void refusesWhenTheDirectoryChangedSinceThePreview() {
        SyncRun run = preview(HEADER + "E001,山田,花子,A100,在籍\nE002,鈴木,一郎,A100,在籍\n");
        assertThat(run.plan().counts()).containsEntry(Kind.LEAVE, 1);

        signedIn.run(admin.accountId(), () -> {
            Person e3 = person("E003");
            people.deactivate(e3.id(), e3.version());
        });

        assertThatThrownBy(() -> as(() -> sync.apply(run.id(), run.plan().fingerprint())))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> as(() -> sync.apply(run.id(), "not-the-fingerprint")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anUnreadableFileIsAPreviewWithProblemsAndNoRun() {
        SyncRun run = as(() -> sync.previewFile("x.csv", "名前,部署\n山田,総務\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(run.id()).isNull();
        assertThat(run.plan().problems()).isNotEmpty();
    }

    @Test
    void onlyOrganizationWideAdministratorsAndOnlyTheirOwnRuns() {
        SyncRun run = preview(HEADER + "E001,山田,花子,A100,在籍\n");
        TestPerson reader = organizations.person(admin.organizationId(), "READER", Permission.DIRECTORY_READ);
        assertThatThrownBy(() -> signedIn.as(reader.accountId(), () -> sync.history()))
                .isInstanceOf(AccessDeniedException.class);

        TestPerson stranger =
                organizations.person(organizations.organization("他省"), "ADMIN", Permission.ORGANIZATION_ADMINISTER);
        assertThatThrownBy(() -> signedIn.as(stranger.accountId(), () -> sync.run(run.id())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePagesPreviewAFileAndApplyIt() throws Exception {
        var upload = new MockMultipartFile(
                "file",
                "jinji.csv",
                "text/csv",
                (HEADER + "E001,山田,花子,A200,在籍\nE002,鈴木,一郎,A100,在籍\n" + "E003,佐藤,次郎,A200,在籍\n")
                        .getBytes(StandardCharsets.UTF_8));
        var preview = mvc.post()
                .uri("/directory-sync/file")
                .multipart()
                .file(upload)
                .with(signIn.as(admin.username()))
                .with(csrf())
                .exchange();
        assertThat(preview).hasStatus3xxRedirection();
        String page = preview.getResponse().getRedirectedUrl();

        var shown = mvc.get().uri(page).with(signIn.as(admin.username())).exchange();
        assertThat(shown).hasStatusOk().bodyText().contains("異動 1", "山田 花子", "情報政策課");
        String fingerprint = shown.getResponse()
                .getContentAsString(StandardCharsets.UTF_8)
                .replaceAll("(?s).*name=\"fingerprint\" value=\"([0-9a-f]+)\".*", "$1");

        assertThat(mvc.post()
                        .uri(page + "/apply")
                        .param("fingerprint", fingerprint)
                        .with(signIn.as(admin.username()))
                        .with(csrf()))
                .hasRedirectedUrl(page);
        assertThat(person("E001").unitId()).isEqualTo(info);
        assertThat(mvc.get().uri("/directory-sync").with(signIn.as(admin.username())))
                .bodyText()
                .contains("jinji.csv", "異動 1");
    }

    @Test
    void theApiPreviewsAndApplies() {
        String token = signIn.bearer(admin.username(), true);
        var upload = new MockMultipartFile(
                "file",
                "jinji.csv",
                "text/csv",
                (HEADER + "E001,山田,花子,A100,在籍\nE002,鈴木,一郎,A100,在籍\n" + "E003,佐藤,次郎,A100,在籍\n")
                        .getBytes(StandardCharsets.UTF_8));
        var created = mvc.post()
                .uri("/api/v1/directory-sync/runs")
                .multipart()
                .file(upload)
                .header("Authorization", token)
                .exchange();
        assertThat(created)
                .hasStatus(201)
                .bodyJson()
                .extractingPath("$.plan.changes[0].kind")
                .isEqualTo("TRANSFER");
        String id = com.jayway.jsonpath.JsonPath.read(
                created.getResponse().getContentAsByteArray().length > 0
                        ? new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)
                        : "{}",
                "$.id");
        String fingerprint = com.jayway.jsonpath.JsonPath.read(
                new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8),
                "$.plan.fingerprint");

        assertThat(mvc.post()
                        .uri("/api/v1/directory-sync/runs/" + id + "/apply")
                        .param("fingerprint", "stale")
                        .header("Authorization", token))
                .hasStatus(409);
        assertThat(mvc.post()
                        .uri("/api/v1/directory-sync/runs/" + id + "/apply")
                        .param("fingerprint", fingerprint)
                        .header("Authorization", token))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.appliedByName")
                .isNotNull();
        assertThat(person("E003").unitId()).isEqualTo(general);
    }

    @Test
    void readsPeopleFromLdapPagedAndTreatsDisabledAccountsAsLeavers() throws Exception {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=toitsu,dc=test");
        config.setSchema(null); // Active Directory attributes (userAccountControl) without its schema
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 19389));
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: dc=toitsu,dc=test", "objectClass: top", "objectClass: domain", "dc: toitsu");
        server.add("dn: ou=people,dc=toitsu,dc=test", "objectClass: organizationalUnit", "ou: people");
        for (int i = 0; i < 600; i++) { // more than one page of 500
            server.add(
                    "dn: uid=p" + i + ",ou=people,dc=toitsu,dc=test",
                    "objectClass: person",
                    "objectClass: inetOrgPerson",
                    "uid: p" + i,
                    "cn: person " + i,
                    "employeeNumber: L" + i,
                    "sn: 名簿",
                    "givenName: 太郎" + i,
                    "departmentNumber: A100",
                    "mail: p" + i + "@example.go.jp");
        }
        server.add(
                "dn: uid=yamada,ou=people,dc=toitsu,dc=test",
                "objectClass: person",
                "objectClass: inetOrgPerson",
                "uid: yamada",
                "cn: 山田 花子",
                "employeeNumber: E001",
                "sn: 山田",
                "givenName: 花子",
                "departmentNumber: A200");
        server.add(
                "dn: uid=suzuki,ou=people,dc=toitsu,dc=test",
                "objectClass: person",
                "objectClass: inetOrgPerson",
                "uid: suzuki",
                "cn: 鈴木 一郎",
                "employeeNumber: E002",
                "sn: 鈴木",
                "givenName: 一郎",
                "departmentNumber: A100",
                "userAccountControl: 514");
        server.startListening();
        try {
            SyncRun run = as(() -> sync.previewLdap());

            assertThat(run.source()).isEqualTo("LDAP");
            assertThat(run.plan().entries()).isEqualTo(602);
            assertThat(run.plan().counts())
                    .containsEntry(Kind.JOIN, 600)
                    .containsEntry(Kind.TRANSFER, 1)
                    .containsEntry(Kind.LEAVE, 2); // E002 disabled, E003 not in the directory
        } finally {
            server.shutDown(true);
        }
    }

    @Test
    void anUnreachableDirectoryIsAClearRefusal() {
        assertThatThrownBy(() -> as(() -> sync.previewLdap()))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("directorysync.ldap.unavailable"));
    }

    private SyncRun preview(String csv) {
        return as(() -> sync.previewFile("jinji.csv", csv.getBytes(StandardCharsets.UTF_8)));
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return signedIn.as(admin.accountId(), work);
    }

    private Person person(String number) {
        return signedIn.as(
                admin.accountId(), () -> people.byEmployeeNumber(number).orElseThrow());
    }

    private void register(String number, String family, String given, UUID unit) {
        people.register(new PersonDraft(
                number, family, given, null, null, PersonKind.STAFF, unit, null, null, null, null, null));
    }
}
