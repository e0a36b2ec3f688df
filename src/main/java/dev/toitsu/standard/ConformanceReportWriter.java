package dev.toitsu.standard;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link ConformanceReport} (the {@code conformance map} command, issue 4):
 * {@code {clauses: [{locator, line, text, decision, candidates: [{requirement, score}], flags: [{kind, requirement,
 * explanation}]}], requirements: [{id, coverage, clauses}]}}, Japanese unescaped.
 */
public final class ConformanceReportWriter {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ConformanceReportWriter() {}

    public static String toJson(ConformanceReport report) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode clauses = root.putArray("clauses");
        for (ClauseResult c : report.clauses()) {
            ObjectNode clause = clauses.addObject()
                    .put("locator", c.locator())
                    .put("line", c.line())
                    .put("text", c.text())
                    .put("decision", c.decision().label());
            ArrayNode candidates = clause.putArray("candidates");
            c.candidates()
                    .forEach(k -> candidates
                            .addObject()
                            .put("requirement", k.requirement())
                            .put("score", k.score()));
            ArrayNode flags = clause.putArray("flags");
            c.flags()
                    .forEach(f -> flags.addObject()
                            .put("kind", f.kind().label())
                            .put("requirement", f.requirement())
                            .put("explanation", f.explanation()));
        }
        ArrayNode requirements = root.putArray("requirements");
        for (RequirementCoverage r : report.requirements()) {
            ObjectNode requirement = requirements
                    .addObject()
                    .put("id", r.id())
                    .put("coverage", r.coverage().label());
            ArrayNode covering = requirement.putArray("clauses");
            r.clauses().forEach(covering::add);
        }
        return JSON.writeValueAsString(root) + "\n";
    }
}
