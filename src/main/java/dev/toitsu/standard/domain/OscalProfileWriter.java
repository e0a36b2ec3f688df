package dev.toitsu.standard.domain;

import dev.toitsu.shared.DomainException;
import dev.toitsu.standard.Coverage;
import dev.toitsu.standard.CoverageReport;
import dev.toitsu.standard.StandardClause;
import dev.toitsu.standard.StandardVersion;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 対策基準 version as an OSCAL 1.1 profile over the exported catalog edition: it imports the requirements the
 * version covers (covered or partially covered in its 対応表) and, per requirement, adds the coverage and the covering
 * clauses (locator as title, clause text as prose) as the organization's modification. The catalog has no OSCAL
 * parameters, so the profile sets none. Uncovered requirements are left out: the profile states what the organization
 * adopted, the 対応表 what it did not.
 */
public final class OscalProfileWriter {

    public static final String NS = "https://toitsu.dev/ns/oscal";
    static final String OSCAL_VERSION = "1.1.3";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OscalProfileWriter() {}

    /**
     * @param controlIds the catalog's OSCAL control id of every requirement (node id → control id)
     * @param catalogHref where the exported catalog can be fetched (relative to the server)
     * @throws DomainException {@code standard.profile.nothingCovered} when the version covers no requirement (a
     *     profile must import at least one control)
     */
    public static String write(
            CoverageReport report,
            List<StandardClause> clauses,
            Map<String, String> controlIds,
            String catalogHref,
            Instant now) {
        StandardVersion version = report.version();
        Map<String, StandardClause> byLocator =
                clauses.stream().collect(Collectors.toMap(StandardClause::locator, Function.identity(), (a, b) -> a));
        String seed = "toitsu-profile:" + version.id() + ":" + report.editionCode();

        ObjectNode profile = JSON.createObjectNode();
        profile.put("uuid", nameBased(seed).toString());
        ObjectNode metadata = profile.putObject("metadata");
        metadata.put("title", version.documentTitle() + "（第" + version.number() + "版）");
        metadata.put("last-modified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atZone(TOKYO)));
        metadata.put("version", Integer.toString(version.number()));
        metadata.put("oscal-version", OSCAL_VERSION);
        ArrayNode props = metadata.putArray("props");
        prop(props, "document-code", version.documentCode());
        prop(props, "status", version.status().name());
        prop(props, "catalog-edition", report.editionCode());
        if (version.sourceAttribution() != null && !version.sourceAttribution().isBlank()) {
            metadata.put("remarks", version.sourceAttribution().strip());
        }

        UUID resource = nameBased(seed + ":catalog");
        ObjectNode imported = profile.putArray("imports").addObject();
        imported.put("href", "#" + resource);
        ArrayNode withIds = imported.putArray("include-controls").addObject().putArray("with-ids");
        profile.putObject("merge").put("as-is", true);
        ArrayNode alters = JSON.createArrayNode();
        for (CoverageReport.Line line : report.requirements()) {
            String controlId = controlIds.get(line.requirementId());
            if (line.coverage() == Coverage.UNCOVERED || controlId == null) {
                continue;
            }
            withIds.add(controlId);
            ObjectNode alter = alters.addObject();
            alter.put("control-id", controlId);
            ObjectNode add = alter.putArray("adds").addObject();
            add.put("position", "ending");
            ArrayNode addProps = add.putArray("props");
            prop(addProps, "coverage", line.coverage().name().toLowerCase(java.util.Locale.ROOT));
            prop(addProps, "coverage-basis", line.confirmed() ? "confirmed" : "suggested");
            ArrayNode parts = add.putArray("parts");
            int n = 1;
            for (String locator : line.clauses()) {
                ObjectNode part = parts.addObject();
                part.put("id", controlId + "_org-clause-" + n++);
                part.put("name", "organization-clause");
                part.put("ns", NS);
                part.put("title", locator);
                StandardClause clause = byLocator.get(locator);
                if (clause != null && !clause.text().isBlank()) {
                    part.put("prose", clause.text().strip());
                }
            }
            if (parts.isEmpty()) {
                add.remove("parts");
            }
        }
        if (withIds.isEmpty()) {
            throw new DomainException("standard.profile.nothingCovered", report.editionCode());
        }
        if (!alters.isEmpty()) {
            profile.putObject("modify").set("alters", alters);
        }
        ObjectNode back = profile.putObject("back-matter");
        ObjectNode res = back.putArray("resources").addObject();
        res.put("uuid", resource.toString());
        res.put("title", report.editionCode() + " " + report.editionTitle());
        ObjectNode rlink = res.putArray("rlinks").addObject();
        rlink.put("href", catalogHref);
        rlink.put("media-type", "application/oscal.catalog+json");

        ObjectNode root = JSON.createObjectNode();
        root.set("profile", profile);
        return JSON.writeValueAsString(root);
    }

    private static void prop(ArrayNode props, String name, String value) {
        ObjectNode prop = props.addObject();
        prop.put("name", name);
        prop.put("ns", NS);
        prop.put("value", value);
    }

    /** A name-based UUID of version 5 (SHA-1), which OSCAL accepts: the same version and edition give the same id. */
    static UUID nameBased(String name) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = (most << 8) | (hash[i] & 0xff);
            least = (least << 8) | (hash[i + 8] & 0xff);
        }
        return new UUID(most, least);
    }
}
