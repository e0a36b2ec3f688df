package dev.toitsu.standard;

import dev.toitsu.audittrail.AuditRecord;
import dev.toitsu.audittrail.AuditTrail;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.shared.Actors;
import dev.toitsu.shared.ConflictException;
import dev.toitsu.shared.DomainException;
import dev.toitsu.shared.NotFoundException;
import dev.toitsu.shared.Permission;
import dev.toitsu.standard.domain.StandardStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing the clauses of a draft version in the application (issue 4): change a clause's number, title or text, add a
 * clause under a parent after a sibling, remove a clause without children. Only drafts change (a version under
 * review, approved or in force is the record of what was decided); every edit claims the version (optimistic
 * locking: a stale page gets {@code error.conflict}) and goes to the audit trail with the text before and after.
 * Mappings follow a renumbered clause; they are kept when a text changes, and the next suggestion run re-assesses
 * them.
 */
@Service
@Transactional
public class StandardClauses {

    static final int MAX_LOCATOR = 64;
    static final int MAX_TEXT = 20_000;
    private static final Pattern LOCATOR = Pattern.compile("[^\\s/?#]{1," + MAX_LOCATOR + "}");

    private final Standards standards;
    private final StandardStore store;
    private final AuditTrail auditTrail;

    StandardClauses(Standards standards, StandardStore store, AuditTrail auditTrail) {
        this.standards = standards;
        this.store = store;
        this.auditTrail = auditTrail;
    }

    /** A clause as it should be: its number ({@code locator}), title and text. */
    public record ClauseEdit(String locator, String title, String text) {}

    /** A new clause: where it goes (under {@code parentLocator}, after {@code afterLocator}) and what it says. */
    public record ClauseAddition(
            String parentLocator, String afterLocator, String locator, NodeKind kind, String title, String text) {}

    public StandardVersion revise(UUID versionId, long expectedVersion, String locator, ClauseEdit edit) {
        StandardVersion version = draft(versionId);
        StandardClause current = clause(versionId, locator);
        String newLocator = locator(edit.locator() == null ? locator : edit.locator());
        String title = blankToNull(edit.title());
        String text = text(edit.text(), title);
        store.claimDraft(versionId, expectedVersion);
        if (!newLocator.equals(locator)) {
            requireFree(versionId, newLocator);
            store.renumberClause(versionId, locator, newLocator);
        }
        store.reviseClause(versionId, newLocator, title, text);
        record(
                version,
                "standard.clause.revised",
                "条項 " + locator + (newLocator.equals(locator) ? "" : " → " + newLocator) + " を修正",
                state(current.locator(), current.title(), current.text()),
                state(newLocator, title, text));
        return standards.version(versionId);
    }

    public StandardVersion add(UUID versionId, long expectedVersion, ClauseAddition addition) {
        StandardVersion version = draft(versionId);
        List<StandardClause> clauses = store.clauses(versionId);
        String locator = locator(addition.locator());
        String title = blankToNull(addition.title());
        String text = text(addition.text(), title);
        if (addition.kind() == null) {
            throw new DomainException("standard.clause.kindRequired");
        }
        String parent = blankToNull(addition.parentLocator());
        String after = blankToNull(addition.afterLocator());
        int depth = 0;
        int sortOrder = 0;
        if (parent != null) {
            StandardClause p = find(clauses, parent);
            depth = p.depth() + 1;
            sortOrder = p.sortOrder() + 1;
        }
        if (after != null) {
            StandardClause sibling = find(clauses, after);
            if (!java.util.Objects.equals(sibling.parentLocator(), parent)) {
                throw new DomainException("standard.clause.notASibling", after);
            }
            sortOrder = endOfSubtree(clauses, sibling) + 1;
        }
        store.claimDraft(versionId, expectedVersion);
        requireFree(versionId, locator);
        store.insertClause(versionId, locator, parent, addition.kind(), title, text, sortOrder, depth);
        store.recountClauses(versionId);
        record(version, "standard.clause.added", "条項 " + locator + " を追加", null, state(locator, title, text));
        return standards.version(versionId);
    }

    public StandardVersion remove(UUID versionId, long expectedVersion, String locator) {
        StandardVersion version = draft(versionId);
        List<StandardClause> clauses = store.clauses(versionId);
        StandardClause clause = find(clauses, locator);
        if (clauses.stream().anyMatch(c -> locator.equals(c.parentLocator()))) {
            throw new DomainException("standard.clause.hasChildren", locator);
        }
        store.claimDraft(versionId, expectedVersion);
        store.deleteClause(versionId, locator, clause.sortOrder());
        store.recountClauses(versionId);
        record(
                version,
                "standard.clause.removed",
                "条項 " + locator + " を削除",
                state(clause.locator(), clause.title(), clause.text()),
                null);
        return standards.version(versionId);
    }

    private StandardVersion draft(UUID versionId) {
        Actors.require(Permission.STANDARD_ADMINISTER);
        StandardVersion version = standards.version(versionId);
        if (version.status() != VersionStatus.DRAFT) {
            throw new ConflictException(
                    "standard.clause.notDraft", version.status().name());
        }
        return version;
    }

    private StandardClause clause(UUID versionId, String locator) {
        return find(store.clauses(versionId), locator);
    }

    private static StandardClause find(List<StandardClause> clauses, String locator) {
        return clauses.stream()
                .filter(c -> c.locator().equals(locator))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("standard.clause.notFound", locator));
    }

    /** The last sort order of the clause's subtree: clauses are stored in document order, children after parents. */
    private static int endOfSubtree(List<StandardClause> clauses, StandardClause root) {
        int end = root.sortOrder();
        for (StandardClause c : clauses) {
            if (c.sortOrder() <= root.sortOrder()) {
                continue;
            }
            if (c.depth() <= root.depth()) {
                break;
            }
            end = c.sortOrder();
        }
        return end;
    }

    private void requireFree(UUID versionId, String locator) {
        if (store.clauseExists(versionId, locator)) {
            throw new DomainException("standard.clause.locatorTaken", locator);
        }
    }

    private static String locator(String value) {
        String locator = value == null ? "" : value.strip();
        if (!LOCATOR.matcher(locator).matches()) {
            throw new DomainException("standard.clause.locatorInvalid", MAX_LOCATOR);
        }
        return locator;
    }

    private static String text(String value, String title) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && title == null) {
            throw new DomainException("standard.clause.textRequired");
        }
        if (text.length() > MAX_TEXT) {
            throw new DomainException("standard.clause.textTooLong", MAX_TEXT);
        }
        return text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Object> state(String locator, String title, String text) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("locator", locator);
        state.put("title", title == null ? "" : title);
        state.put("text", text);
        return state;
    }

    private void record(
            StandardVersion version,
            String action,
            String what,
            Map<String, Object> before,
            Map<String, Object> after) {
        AuditRecord record = AuditRecord.of(
                Actors.current().organizationId(),
                action,
                "standard-version",
                version.id(),
                "対策基準 " + version.documentCode() + " 第" + version.number() + "版: " + what);
        if (before != null) {
            record = record.withBefore(before);
        }
        if (after != null) {
            record = record.withAfter(after);
        }
        auditTrail.record(record);
    }
}
