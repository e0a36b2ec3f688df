package dev.toitsu.identity.security;

import dev.toitsu.identity.Accounts;
import dev.toitsu.organization.AssignmentDraft;
import dev.toitsu.organization.Organization;
import dev.toitsu.organization.OrganizationDraft;
import dev.toitsu.organization.OrganizationKind;
import dev.toitsu.organization.Organizations;
import dev.toitsu.organization.People;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.PersonKind;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.Roles;
import dev.toitsu.platform.DeploymentMode;
import dev.toitsu.shared.Permission;
import dev.toitsu.shared.SystemActor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Production mode refuses to start in an unsafe state: while demo accounts (with their published password and
 * second-factor secret) exist, or, on an empty installation, without the initial administrator's password from the
 * environment. The secret key is checked earlier, by {@link SecretKeySource}.
 */
@Component
@ConditionalOnWebApplication // the server refuses to start; command-line tools (e.g. audit-trail verify) still work
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProductionReadiness implements ApplicationRunner {

    static final SystemActor INSTALLER = new SystemActor(
            "初期設定",
            null,
            Set.of(Permission.PLATFORM_ADMINISTER, Permission.ORGANIZATION_ADMINISTER, Permission.DIRECTORY_READ));

    private static final Logger log = LoggerFactory.getLogger(ProductionReadiness.class);

    private final DeploymentMode mode;
    private final Accounts accounts;
    private final Organizations organizations;
    private final People people;
    private final Roles roles;
    private final RoleAssignments assignments;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String username;
    private final String password;
    private final String organizationName;

    ProductionReadiness(
            DeploymentMode mode,
            Accounts accounts,
            Organizations organizations,
            People people,
            Roles roles,
            RoleAssignments assignments,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${toitsu.initial-admin.username:${TOITSU_INITIAL_ADMIN_USERNAME:admin}}") String username,
            @Value("${toitsu.initial-admin.password:${TOITSU_INITIAL_ADMIN_PASSWORD:}}") String password,
            @Value("${toitsu.initial-admin.organization:${TOITSU_INITIAL_ORGANIZATION:toitsu 運用管理}}")
                    String organizationName) {
        this.mode = mode;
        this.accounts = accounts;
        this.organizations = organizations;
        this.people = people;
        this.roles = roles;
        this.assignments = assignments;
        this.transaction = transaction;
        this.clock = clock;
        this.username = username;
        this.password = password;
        this.organizationName = organizationName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (mode.isDemo()) {
            return;
        }
        if (accounts.anyEnabledDemoAccount()) {
            throw new IllegalStateException("Production mode refuses to start: this database holds enabled demo"
                    + " accounts, whose password and second-factor secret are published. Use a fresh database, or"
                    + " run in demo mode (TOITSU_DEMO_ENABLED=true). / 本番モードではデモ用アカウントが残るデータベースでは起動しません。");
        }
        if (accounts.anyPlatformAdministrator()) {
            return;
        }
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("Production mode refuses to start: no administrator exists yet and"
                    + " TOITSU_INITIAL_ADMIN_PASSWORD is not set. / 初期管理者のパスワード（TOITSU_INITIAL_ADMIN_PASSWORD）を"
                    + "環境変数で指定してください。");
        }
        transaction.executeWithoutResult(status -> createAdministrator());
        log.info(
                "Created the initial administrator '{}' in '{}': sign in, change the password and enrol a second"
                        + " factor",
                username,
                organizationName);
    }

    private void createAdministrator() {
        try {
            INSTALLER.signIn();
            Organization operations = organizations.create(new OrganizationDraft(
                    "operations", organizationName, "toitsu operations", OrganizationKind.OTHER, null));
            INSTALLER.in(operations.id()).signIn();
            UUID person = people.register(new PersonDraft(
                            null,
                            "管理者",
                            "初期",
                            null,
                            null,
                            PersonKind.STAFF,
                            null,
                            "toitsu 管理者",
                            null,
                            null,
                            null,
                            LocalDate.now(clock)))
                    .id();
            RoleDefinition admin = roles.all().stream()
                    .filter(r -> "ADMIN".equals(r.code()))
                    .findFirst()
                    .orElseThrow();
            assignments.assign(new AssignmentDraft(person, admin.id(), null, null, LocalDate.now(clock), null, null));
            accounts.bootstrapAdministrator(person, username, password);
        } finally {
            SystemActor.signOut();
        }
    }
}
