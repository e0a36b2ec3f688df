package dev.toitsu.classification;

import dev.toitsu.shared.DomainException;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An organization's classification scheme at one revision. {@code adopted} is false while the organization has not
 * chosen a template yet; the scheme shown then is the government template, not stored.
 */
public record ClassificationScheme(
        UUID organizationId,
        SchemeTemplate template,
        int revision,
        boolean adopted,
        List<Level> levels,
        List<HandlingRestriction> restrictions,
        long version) {

    public ClassificationScheme {
        levels = levels.stream()
                .sorted(Comparator.comparing(Level::axis).thenComparing(Level::rank, Comparator.reverseOrder()))
                .toList();
        restrictions = List.copyOf(restrictions);
    }

    /** The levels of one axis, most sensitive first. */
    public List<Level> levels(Axis axis) {
        return levels.stream().filter(l -> l.axis() == axis).toList();
    }

    public Optional<Level> level(Axis axis, String code) {
        return code == null
                ? Optional.empty()
                : levels.stream()
                        .filter(l -> l.axis() == axis && l.code().equals(code))
                        .findFirst();
    }

    /** How pages show a level code: its display name, or the code itself when the scheme no longer has it. */
    public String levelName(Axis axis, String code) {
        if (code == null) {
            return "";
        }
        return level(axis, code).map(Level::displayName).orElse(code);
    }

    public String confidentialityName(String code) {
        return levelName(Axis.CONFIDENTIALITY, code);
    }

    public String integrityName(String code) {
        return levelName(Axis.INTEGRITY, code);
    }

    public String availabilityName(String code) {
        return levelName(Axis.AVAILABILITY, code);
    }

    public List<Level> confidentialityLevels() {
        return levels(Axis.CONFIDENTIALITY);
    }

    public Optional<HandlingRestriction> restriction(String code) {
        return restrictions.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The most sensitive confidentiality level of the scheme (機密性3 in the government scheme). */
    public Optional<Level> top(Axis axis) {
        return levels(axis).stream().findFirst();
    }

    /** The groupings the grading puts information in. Unknown codes count as unprotected. */
    public Set<InformationGroup> groupsOf(Grading grading) {
        Set<InformationGroup> groups = EnumSet.noneOf(InformationGroup.class);
        if (isProtected(Axis.CONFIDENTIALITY, grading.confidentiality())) {
            groups.add(InformationGroup.REQUIRES_CONFIDENTIALITY);
        }
        if (isProtected(Axis.INTEGRITY, grading.integrity())) {
            groups.add(InformationGroup.REQUIRES_INTEGRITY);
        }
        if (isProtected(Axis.AVAILABILITY, grading.availability())) {
            groups.add(InformationGroup.REQUIRES_AVAILABILITY);
        }
        if (!groups.isEmpty()) {
            groups.add(InformationGroup.REQUIRES_PROTECTION);
        }
        return groups;
    }

    /** Rank of a level, 0 for none or unknown: compares levels across assets. */
    public int rank(Axis axis, String code) {
        return level(axis, code).map(Level::rank).orElse(0);
    }

    /** The most sensitive of the given codes on one axis. */
    public Optional<Level> highest(Axis axis, Collection<String> codes) {
        return codes.stream()
                .map(c -> level(axis, c))
                .flatMap(Optional::stream)
                .max(Comparator.comparingInt(Level::rank));
    }

    /**
     * Checks a grading and restrictions against this scheme: the confidentiality level is required, every code must
     * exist, restrictions must be active (ones the information already carries excepted) and those that need a detail
     * must have one. Failures name the field: {@code classification.grading.integrity.unknown}.
     */
    public void requireValid(
            Grading grading, Collection<String> restrictions, Collection<String> alreadyCarried, String detail) {
        if (grading.confidentiality() == null) {
            throw new DomainException("classification.grading.confidentiality.required");
        }
        requireLevel(Axis.CONFIDENTIALITY, grading.confidentiality(), "confidentiality");
        requireLevel(Axis.INTEGRITY, grading.integrity(), "integrity");
        requireLevel(Axis.AVAILABILITY, grading.availability(), "availability");
        for (String code : restrictions) {
            HandlingRestriction r = restriction(code)
                    .orElseThrow(() -> new DomainException("classification.grading.restrictions.unknown", code));
            if (!r.active() && !alreadyCarried.contains(code)) {
                throw new DomainException("classification.grading.restrictions.retired", r.name());
            }
            if (r.needsDetail() && (detail == null || detail.isBlank())) {
                throw new DomainException("classification.grading.restrictionDetail.required", r.name());
            }
        }
    }

    private void requireLevel(Axis axis, String code, String field) {
        if (code != null && level(axis, code).isEmpty()) {
            throw new DomainException("classification.grading." + field + ".unknown", code);
        }
    }

    private boolean isProtected(Axis axis, String code) {
        return level(axis, code).map(Level::protectedLevel).orElse(false);
    }
}
