package dev.toitsu.workflow;

import dev.toitsu.organization.OrganizationDirectory;
import dev.toitsu.organization.PersonProfile;
import dev.toitsu.organization.RoleAssignments;
import dev.toitsu.organization.RoleDefinition;
import dev.toitsu.organization.RoleHolder;
import dev.toitsu.organization.Roles;
import dev.toitsu.organization.ScopeKind;
import dev.toitsu.organization.Units;
import dev.toitsu.shared.AccessDeniedException;
import dev.toitsu.shared.Actor;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.Permission;
import dev.toitsu.workflow.domain.MailTemplates;
import dev.toitsu.workflow.domain.MailTransport;
import dev.toitsu.workflow.domain.NotificationRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The in-app inbox and e-mail. {@link #send} writes one inbox entry per recipient in the caller's transaction and
 * mails the same Japanese text after it commits (a rolled-back decision sends nothing). Texts come from the message
 * bundle: {@code <code>.title} and {@code <code>.body} with the given arguments.
 */
@Service
@Transactional
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationRepository notifications;
    private final OrganizationDirectory directory;
    private final MessageSource messages;
    private final MailTransport mail;
    private final MailTemplates templates;
    private final String baseUrl;
    private final TransactionTemplate separately;
    private final Roles roles;
    private final RoleAssignments assignments;
    private final Units units;

    Notifications(
            NotificationRepository notifications,
            OrganizationDirectory directory,
            MessageSource messages,
            MailTransport mail,
            MailTemplates templates,
            @Value("${toitsu.base-url:http://localhost:8080}") String baseUrl,
            PlatformTransactionManager transactions,
            Roles roles,
            RoleAssignments assignments,
            Units units) {
        this.roles = roles;
        this.assignments = assignments;
        this.units = units;
        this.notifications = notifications;
        this.directory = directory;
        this.messages = messages;
        this.mail = mail;
        this.templates = templates;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        // after commit the original transaction's connection is still bound: a new transaction records the mailing
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What to tell whom: {@code code} names the message pair; {@code link} is a path inside the application. */
    public record Message(
            UUID organizationId,
            Collection<UUID> recipients,
            String code,
            Object[] arguments,
            String subjectType,
            UUID subjectId,
            String link) {}

    public void send(Message message) {
        String title = messages.getMessage(message.code() + ".title", message.arguments(), Locale.JAPANESE);
        String body = messages.getMessage(message.code() + ".body", message.arguments(), Locale.JAPANESE);
        String organizationName =
                directory.organizationName(message.organizationId()).orElse("");
        List<Runnable> mails = new ArrayList<>();
        for (UUID recipient : new LinkedHashSet<>(message.recipients())) {
            UUID id = notifications.insert(
                    message.organizationId(),
                    recipient,
                    message.code(),
                    message.subjectType(),
                    message.subjectId(),
                    title,
                    body,
                    message.link());
            PersonProfile person = directory.person(recipient).orElse(null);
            if (person == null || person.email() == null || person.email().isBlank()) {
                continue;
            }
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("recipientName", person.displayName());
            variables.put("body", body);
            variables.put("link", message.link() == null ? null : baseUrl + message.link());
            variables.put("organizationName", organizationName);
            String text = templates.render("notification", variables);
            mails.add(() -> {
                try {
                    mail.send(person.email(), "[toitsu] " + title, text);
                    separately.executeWithoutResult(status -> notifications.mailed(id));
                } catch (RuntimeException e) {
                    log.warn("Could not mail notification {} to person {}: {}", id, recipient, e.getMessage());
                }
            });
        }
        afterCommit(mails);
    }

    /**
     * Who should hear about something in a unit: the current holders of a role that grants {@code permission}
     * organization-wide, or for {@code unitId} or a unit above it ({@code unitId} null: organization-wide holders
     * only). Read as the current actor, who needs DIRECTORY_READ.
     */
    @Transactional(readOnly = true)
    public List<UUID> holdersOf(Permission permission, UUID unitId) {
        Set<UUID> granting = roles.all().stream()
                .filter(r -> r.active() && r.permissions().contains(permission))
                .map(RoleDefinition::id)
                .collect(Collectors.toSet());
        Set<UUID> above = new HashSet<>();
        if (unitId != null) {
            Map<UUID, UUID> parents = new HashMap<>();
            units.list().forEach(u -> parents.put(u.id(), u.parentId()));
            for (UUID u = unitId; u != null; u = parents.get(u)) {
                above.add(u);
            }
        }
        return assignments.holders().stream()
                .filter(h -> granting.contains(h.roleId()))
                .filter(h -> h.scopeKind() == ScopeKind.ORGANIZATION
                        || (h.scopeKind() == ScopeKind.UNIT && above.contains(h.scopeId())))
                .map(RoleHolder::personId)
                .distinct()
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Notification> mine() {
        return notifications.of(person(), 200);
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return Actors.find().map(Actor::personId).map(notifications::unread).orElse(0L);
    }

    public void markRead(UUID id) {
        notifications.markRead(person(), id);
    }

    public void markAllRead() {
        notifications.markAllRead(person());
    }

    private static UUID person() {
        UUID person = Actors.current().personId();
        if (person == null) {
            throw new AccessDeniedException("workflow.noPerson");
        }
        return person;
    }

    private static void afterCommit(List<Runnable> work) {
        if (work.isEmpty()) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.forEach(Runnable::run);
                }
            });
        } else {
            work.forEach(Runnable::run);
        }
    }
}
