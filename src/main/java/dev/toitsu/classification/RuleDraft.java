package dev.toitsu.classification;

import java.util.List;

/** A changed cell of a rule table. */
public record RuleDraft(Decision decision, List<String> conditions, String cellText, String interpretation) {}
