package dev.toitsu.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.classification.domain.SchemeTemplates;
import dev.toitsu.shared.DomainException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Groupings and validation of gradings (001 1.1.1.3; 003 2.2(2)②). */
class ClassificationSchemeTest {

    private static ClassificationScheme scheme(SchemeTemplate template) {
        List<Level> levels = SchemeTemplates.levels(template).stream()
                .map(d -> new Level(
                        d.axis(),
                        d.code(),
                        d.rank(),
                        d.name(),
                        d.label(),
                        d.nameEn(),
                        d.criteria(),
                        d.handling(),
                        d.examples(),
                        d.protectedLevel()))
                .toList();
        List<HandlingRestriction> restrictions = SchemeTemplates.restrictions().stream()
                .map(r -> new HandlingRestriction(
                        r.code(),
                        r.name(),
                        r.nameEn(),
                        r.description(),
                        r.needsDetail(),
                        !r.code().equals("NO_REDISTRIBUTION"),
                        r.sortOrder()))
                .toList();
        return new ClassificationScheme(UUID.randomUUID(), template, 1, true, levels, restrictions, 0);
    }

    @Test
    void confidentiality2IsRequiresConfidentialityAndThereforeRequiresProtection() {
        assertThat(scheme(SchemeTemplate.GOVERNMENT).groupsOf(new Grading("C2", "I1", "A1")))
                .containsExactlyInAnyOrder(
                        InformationGroup.REQUIRES_CONFIDENTIALITY, InformationGroup.REQUIRES_PROTECTION);
    }

    @Test
    void levelOneOnEveryAxisNeedsNoProtection() {
        assertThat(scheme(SchemeTemplate.GOVERNMENT).groupsOf(new Grading("C1", "I1", "A1")))
                .isEmpty();
    }

    @Test
    void integrityAndAvailability2AreRequiresIntegrityAndRequiresAvailability() {
        assertThat(scheme(SchemeTemplate.GOVERNMENT).groupsOf(new Grading("C1", "I2", "A2")))
                .containsExactlyInAnyOrder(
                        InformationGroup.REQUIRES_INTEGRITY,
                        InformationGroup.REQUIRES_AVAILABILITY,
                        InformationGroup.REQUIRES_PROTECTION);
    }

    @Test
    void theNinsSchemeHasFourConfidentialityLevelsWithTheirLabels() {
        ClassificationScheme nins = scheme(SchemeTemplate.NINS);
        assertThat(nins.levels(Axis.CONFIDENTIALITY))
                .extracting(Level::displayName)
                .containsExactly("機密性4（極秘）", "機密性3（秘密）", "機密性2（機構外秘）", "機密性1");
        assertThat(nins.top(Axis.CONFIDENTIALITY)).map(Level::code).contains("C4");
        assertThat(nins.highest(Axis.CONFIDENTIALITY, List.of("C2", "C4", "C1")))
                .map(Level::code)
                .contains("C4");
    }

    @Test
    void refusesUnknownLevelsRetiredRestrictionsAndMissingDetails() {
        ClassificationScheme gov = scheme(SchemeTemplate.GOVERNMENT);
        assertThatThrownBy(() -> gov.requireValid(new Grading(null, null, null), List.of(), List.of(), null))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("classification.grading.confidentiality.required");
        assertThatThrownBy(() -> gov.requireValid(new Grading("C4", null, null), List.of(), List.of(), null))
                .hasMessageContaining("classification.grading.confidentiality.unknown");
        assertThatThrownBy(() -> gov.requireValid(new Grading("C2", "I9", null), List.of(), List.of(), null))
                .hasMessageContaining("classification.grading.integrity.unknown");
        assertThatThrownBy(() ->
                        gov.requireValid(new Grading("C2", null, null), List.of("NO_REDISTRIBUTION"), List.of(), null))
                .hasMessageContaining("classification.grading.restrictions.retired");
        assertThatThrownBy(() -> gov.requireValid(
                        new Grading("C2", null, null), List.of("LIMITED_DISTRIBUTION"), List.of(), " "))
                .hasMessageContaining("classification.grading.restrictionDetail.required");
        // a retired restriction the information already carries stays valid
        gov.requireValid(
                new Grading("C2", null, null), List.of("NO_REDISTRIBUTION"), Set.of("NO_REDISTRIBUTION"), null);
    }
}
