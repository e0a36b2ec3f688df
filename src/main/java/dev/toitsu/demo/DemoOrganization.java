package dev.toitsu.demo;

import dev.toitsu.identity.AccountSummary;
import dev.toitsu.identity.Accounts;
import dev.toitsu.organization.AssignmentDraft;
import dev.toitsu.organization.Organization;
import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.OrganizationDraft;
import dev.toitsu.organization.OrganizationKind;
import dev.toitsu.organization.Organizations;
import dev.toitsu.organization.People;
import dev.toitsu.organization.PersonDraft;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.UnitDraft;
import dev.toitsu.organization.Units;
import dev.toitsu.platform.DeploymentMode;
import dev.toitsu.shared.SystemActor;
import dev.toitsu.standard.Standards;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo organization at start-up in demo mode, once: if {@code demo-ministry} exists, nothing happens. All
 * of it is one transaction, so a failed load leaves nothing behind and the next start tries again.
 */
@Component
class DemoOrganization implements ApplicationRunner {

    static final String MINISTRY = "demo-ministry";
    static final String AGENCY = "demo-agency";
    static final String PASSWORD = "toitsu-demo-2026";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    /** The ministry's document management system: the demo's system roles are held for it. */
    static final UUID DOCUMENT_SYSTEM = UUID.fromString("00000000-0000-4000-8000-00000000d0c5");

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);

    private final DeploymentMode mode;
    private final OrganizationDirectory directory;
    private final Organizations organizations;
    private final Units units;
    private final People people;
    private final Roles roles;
    private final RoleAssignments assignments;
    private final Accounts accounts;
    private final Standards standards;
    private final DemoRegisters registers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoOrganization(
            DeploymentMode mode,
            OrganizationDirectory directory,
            Organizations organizations,
            Units units,
            People people,
            Roles roles,
            RoleAssignments assignments,
            Accounts accounts,
            Standards standards,
            DemoRegisters registers,
            TransactionTemplate transaction,
            Clock clock) {
        this.mode = mode;
        this.directory = directory;
        this.organizations = organizations;
        this.units = units;
        this.people = people;
        this.roles = roles;
        this.assignments = assignments;
        this.accounts = accounts;
        this.standards = standards;
        this.registers = registers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.isDemo()) {
            return;
        }
        if (directory.organizationByCode(MINISTRY).isPresent()) {
            log.info("Demo organization already loaded");
        } else {
            List<String> loaded = transaction.execute(status -> load());
            log.info("Demo organization loaded: {} accounts", loaded.size());
        }
        logSignIns();
    }

    /** Loads both organizations; answers the usernames created. */
    List<String> load() {
        try {
            DemoActor.LOADER.signIn();
            Organization ministry = organizations.create(new OrganizationDraft(
                    MINISTRY, "情報安全省", "Ministry of Information Safety (demo)", OrganizationKind.MINISTRY, null));
            Organization agency = organizations.create(new OrganizationDraft(
                    AGENCY,
                    "情報基盤機構",
                    "Information Infrastructure Agency (demo)",
                    OrganizationKind.INCORPORATED_ADMINISTRATIVE_AGENCY,
                    ministry.id()));
            List<String> usernames = new ArrayList<>();
            Map<String, UUID> ministryUnits = new HashMap<>();
            Map<String, UUID> ministryPeople = new HashMap<>();
            usernames.addAll(fill(
                    ministry.id(), DemoData.MINISTRY_UNITS, DemoData.MINISTRY_PEOPLE, ministryUnits, ministryPeople));
            usernames.addAll(
                    fill(agency.id(), DemoData.AGENCY_UNITS, DemoData.AGENCY_PEOPLE, new HashMap<>(), new HashMap<>()));
            DemoActor.LOADER.in(ministry.id()).signIn();
            registers.fill(ministryUnits, ministryPeople, LocalDate.now(clock));
            // a draft: the demo shows review and approval
            var nins = standards.importVersion(Standards.shippedExample());
            // mapping suggestions with matched words, the 対応表 (Excel, PDF) and the OSCAL profile against 001
            standards.suggest(nins.id(), "nisc-legacy");
            // the revision impact of the 令和5年度版 on a mapping onto the 令和3年度版, as a worklist
            standards.suggest(nins.id(), "nisc-r3");
            standards.recordImpact(nins.id(), "nisc-r3", "nisc-r5");
            return usernames;
        } finally {
            SystemActor.signOut();
        }
    }

    /** Loads units and people into the organization; fills {@code unitIds} and {@code personIds} by demo code. */
    private List<String> fill(
            UUID organizationId,
            List<DemoData.UnitSeed> unitSeeds,
            List<DemoData.PersonSeed> seeds,
            Map<String, UUID> unitIds,
            Map<String, UUID> personIds) {
        DemoActor.LOADER.in(organizationId).signIn();
        int order = 0;
        for (DemoData.UnitSeed u : unitSeeds) {
            order += 10;
            UUID parent = u.parent() == null ? null : unitIds.get(u.parent());
            unitIds.put(
                    u.code(),
                    units.create(new UnitDraft(parent, u.code(), u.name(), u.nameEn(), u.kind(), order))
                            .id());
        }
        Map<String, RoleDefinition> roleByCode =
                roles.all().stream().collect(Collectors.toMap(RoleDefinition::code, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        List<String> usernames = new ArrayList<>();
        for (DemoData.PersonSeed p : seeds) {
            UUID id = people.register(new PersonDraft(
                            p.number(),
                            p.familyName(),
                            p.givenName(),
                            p.familyNameKana(),
                            p.givenNameKana(),
                            p.kind(),
                            unitIds.get(p.unit()),
                            p.jobTitle(),
                            p.superior() == null ? null : personIds.get(p.superior()),
                            p.email(),
                            p.phone(),
                            today.minusYears(p.yearsOfService())))
                    .id();
            personIds.put(p.number(), id);
            for (DemoData.RoleSeed r : p.roles()) {
                RoleDefinition role = roleByCode.get(r.code());
                ScopeKind scope = r.system() ? ScopeKind.SYSTEM : r.unit() == null ? null : ScopeKind.UNIT;
                UUID scopeId = r.system() ? DOCUMENT_SYSTEM : r.unit() == null ? null : unitIds.get(r.unit());
                assignments.assign(new AssignmentDraft(
                        id, role.id(), scope, scopeId, today.minusMonths(r.monthsHeld()), null, null));
            }
            if (p.username() != null) {
                AccountSummary account = accounts.bootstrap(id, p.username(), PASSWORD, true, p.platformAdmin());
                if (!"staff2".equals(p.username())) { // staff2 enrols by QR code at first sign-in
                    accounts.bootstrapSecondFactor(account.id(), TOTP_SECRET);
                }
                usernames.add(p.username());
            }
        }
        return usernames;
    }

    private static void logSignIns() {
        String users = DemoData.usernames().stream().collect(Collectors.joining(", "));
        log.info("""

                ==================== toitsu demo sign-in ====================
                 Users:       {}
                 Password:    {}
                 TOTP secret: {}  (every user except staff2, who enrols by QR code)
                 Codes:       oathtool --totp -b {}
                 The demo organization is fictional; demo accounts are refused in production mode.
                =============================================================""", users, PASSWORD, TOTP_SECRET, TOTP_SECRET);
    }
}
