package dev.toitsu.classification.rest;

import dev.toitsu.classification.Classification;
import dev.toitsu.classification.ClassificationScheme;
import dev.toitsu.classification.LevelDraft;
import dev.toitsu.classification.RestrictionDraft;
import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.SchemeRevision;
import dev.toitsu.classification.SchemeTemplate;
import dev.toitsu.classification.TransmissionQuestion;
import dev.toitsu.classification.TransmissionRules;
import dev.toitsu.classification.TransmissionVerdict;
import dev.toitsu.shared.DomainException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The classification scheme, the rule tables and "may I send this?" over the API. */
@RestController
@RequestMapping("/api/v1/classification")
class ClassificationApi {

    private final Classification classification;
    private final TransmissionRules rules;

    ClassificationApi(Classification classification, TransmissionRules rules) {
        this.classification = classification;
        this.rules = rules;
    }

    record AdoptRequest(SchemeTemplate template) {}

    record Versioned<T>(T value, Long version) {}

    @GetMapping("/scheme")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_READ')")
    ClassificationScheme scheme() {
        return classification.scheme();
    }

    @GetMapping("/scheme/revisions")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_READ')")
    List<SchemeRevision> revisions() {
        return classification.revisions();
    }

    @PostMapping("/scheme/adopt")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ClassificationScheme adopt(@RequestBody AdoptRequest request) {
        if (request.template() == null) {
            throw new DomainException("classification.scheme.template.required");
        }
        return classification.adopt(request.template());
    }

    /** Adds or changes a level; {@code version} is the scheme's version as read. */
    @PutMapping("/scheme/levels")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ClassificationScheme saveLevel(@RequestBody Versioned<LevelDraft> request) {
        return classification.saveLevel(request.value(), required(request.version()));
    }

    @PutMapping("/scheme/restrictions")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_ADMINISTER')")
    ClassificationScheme saveRestriction(@RequestBody Versioned<RestrictionDraft> request) {
        return classification.saveRestriction(request.value(), required(request.version()));
    }

    @GetMapping("/transmission-tables")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_READ')")
    List<RuleTable> tables() {
        return rules.tables();
    }

    @GetMapping("/transmission-tables/{code}")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_READ')")
    RuleTable table(@PathVariable String code) {
        return rules.table(code);
    }

    /** May information of this level be sent this way to there? The answer cites the rule and its source. */
    @GetMapping("/transmission-check")
    @PreAuthorize("hasAuthority('PERM_CLASSIFICATION_READ')")
    TransmissionVerdict check(
            @RequestParam(required = false) String table,
            @RequestParam String level,
            @RequestParam String channel,
            @RequestParam String destination) {
        return rules.check(new TransmissionQuestion(table, level, channel, destination));
    }

    private static long required(Long version) {
        if (version == null) {
            throw new DomainException("classification.version.required");
        }
        return version;
    }
}
