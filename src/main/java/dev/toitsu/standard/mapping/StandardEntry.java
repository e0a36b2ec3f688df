package dev.toitsu.standard.mapping;

/**
 * A numbered clause of the organization's standard as the matcher sees it.
 *
 * @param text the clause's own text
 * @param context titles of its chapter, section and headings, plus the lead-in text of a parent clause
 * @param sectionId the nearest numbered section (e.g. {@code 3.4.1}) or annex, the unit of structural affinity
 * @param sectionTitle that section's title with its chapter's
 */
public record StandardEntry(
        String locator,
        int line,
        String text,
        String context,
        String sectionId,
        String sectionTitle,
        String subjectRole) {}
