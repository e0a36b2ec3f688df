package dev.toitsu.standard.rest;

import dev.toitsu.catalog.NodeKind;
import dev.toitsu.standard.StandardClauses;
import dev.toitsu.standard.StandardClauses.ClauseAddition;
import dev.toitsu.standard.StandardClauses.ClauseEdit;
import dev.toitsu.standard.StandardVersion;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Clause editing of a draft 対策基準 version. The clause is named by a query parameter: numbers such as
 * {@code 3.3(2)②(a)} are awkward in a path. {@code version} is the version's optimistic-locking number.
 */
@RestController
@RequestMapping("/api/v1/standards/versions/{id}")
@PreAuthorize("hasAuthority('PERM_STANDARD_ADMINISTER')")
class ClauseRestController {

    private final StandardClauses clauses;

    ClauseRestController(StandardClauses clauses) {
        this.clauses = clauses;
    }

    record ClauseChange(Long version, String locator, String title, String text) {}

    record NewClause(
            Long version,
            String parentLocator,
            String afterLocator,
            String locator,
            NodeKind kind,
            String title,
            String text) {}

    @PutMapping("/clause")
    StandardVersion revise(
            @PathVariable UUID id, @RequestParam String locator, @RequestBody(required = false) ClauseChange change) {
        ClauseChange c = change == null ? new ClauseChange(null, null, null, null) : change;
        return clauses.revise(id, expected(c.version()), locator, new ClauseEdit(c.locator(), c.title(), c.text()));
    }

    @PostMapping("/clauses")
    @ResponseStatus(HttpStatus.CREATED)
    StandardVersion add(@PathVariable UUID id, @RequestBody(required = false) NewClause clause) {
        NewClause c = clause == null ? new NewClause(null, null, null, null, null, null, null) : clause;
        return clauses.add(
                id,
                expected(c.version()),
                new ClauseAddition(c.parentLocator(), c.afterLocator(), c.locator(), c.kind(), c.title(), c.text()));
    }

    @DeleteMapping("/clause")
    StandardVersion remove(
            @PathVariable UUID id,
            @RequestParam String locator,
            @RequestParam(name = "version", defaultValue = "-1") long version) {
        return clauses.remove(id, version, locator);
    }

    private static long expected(Long version) {
        return version == null ? -1 : version;
    }
}
