package dev.toitsu.catalog.oscal;

import dev.toitsu.catalog.EditionSummary;
import dev.toitsu.catalog.ImportRequest;
import dev.toitsu.catalog.NodeKind;
import dev.toitsu.catalog.Tier;
import dev.toitsu.catalog.domain.EditionDraft;
import dev.toitsu.catalog.domain.NodeRow;
import dev.toitsu.shared.DomainException;
import gov.nist.secauto.metaschema.core.datatype.markup.MarkupLine;
import gov.nist.secauto.metaschema.core.datatype.markup.MarkupMultiline;
import gov.nist.secauto.metaschema.core.model.validation.IValidationResult;
import gov.nist.secauto.metaschema.core.model.validation.JsonSchemaContentValidator;
import gov.nist.secauto.metaschema.databind.io.Format;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.oscal.lib.model.Catalog;
import gov.nist.secauto.oscal.lib.model.CatalogGroup;
import gov.nist.secauto.oscal.lib.model.Control;
import gov.nist.secauto.oscal.lib.model.ControlPart;
import gov.nist.secauto.oscal.lib.model.Metadata;
import gov.nist.secauto.oscal.lib.model.Property;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.json.JSONException;
import org.json.JSONObject;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * An edition as an OSCAL 1.1 catalog (JSON) and back, through liboscal-java: 部/章/節/項目 become groups, clauses
 * become controls (nested as in the document), their text a {@code statement} part (目的・趣旨 and 解説 a
 * {@code guidance} part), and what OSCAL has no field for (kind, tier, roles, source line, order) travels as props
 * in the toitsu namespace, so that an export imports back to the same tree. The document's own numbering, which
 * is no valid OSCAL id ({@code 1.2.1.3(2)(f)}), is the standard {@code label} prop.
 */
@Component
public class OscalCatalogs {

    public static final URI NS = URI.create("https://toitsu.dev/ns/oscal");
    public static final String OSCAL_VERSION = "1.1.3";
    static final String SCHEMA = "schema/json/oscal-catalog_schema.json";
    static final String PROFILE_SCHEMA = "schema/json/oscal-profile_schema.json";
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final Set<NodeKind> GROUP_KINDS = EnumSet.of(
            NodeKind.VOLUME,
            NodeKind.PART,
            NodeKind.CHAPTER,
            NodeKind.SECTION,
            NodeKind.ITEM,
            NodeKind.ANNEX,
            NodeKind.PREAMBLE);
    private static final Set<NodeKind> GUIDANCE_KINDS = EnumSet.of(NodeKind.PURPOSE, NodeKind.COMMENTARY);

    private volatile JsonSchemaContentValidator validator;

    public String write(EditionSummary edition, List<NodeRow> rows) {
        Catalog catalog = new Catalog();
        catalog.setUuid(nameBased("toitsu-catalog:" + edition.code()));
        Metadata metadata = new Metadata();
        metadata.setTitle(line(edition.title()));
        metadata.setLastModified(ZonedDateTime.ofInstant(edition.importedAt(), TOKYO));
        if (edition.publishedOn() != null) {
            metadata.setPublished(edition.publishedOn().atStartOfDay(TOKYO));
        }
        metadata.setVersion(edition.code());
        metadata.setOscalVersion(OSCAL_VERSION);
        metadata.addProp(prop("framework", edition.frameworkCode()));
        addIfPresent(metadata.getProps(), "publisher", edition.publisher());
        addIfPresent(
                metadata.getProps(),
                "effective-on",
                edition.effectiveOn() == null ? null : edition.effectiveOn().toString());
        addIfPresent(metadata.getProps(), "document-style", edition.documentStyle());
        addIfPresent(metadata.getProps(), "source-file", edition.sourceFile());
        if (edition.outlineOnly()) {
            metadata.addProp(prop("outline-only", "true"));
        }
        metadata.setRemarks(multiline(edition.sourceAttribution()));
        catalog.setMetadata(metadata);

        Map<String, List<NodeRow>> children = new HashMap<>();
        List<NodeRow> roots = new ArrayList<>();
        for (NodeRow row : rows) {
            (row.parentNodeId() == null ? roots : children.computeIfAbsent(row.parentNodeId(), k -> new ArrayList<>()))
                    .add(row);
        }
        Set<String> usedIds = new HashSet<>();
        for (NodeRow root : roots) {
            if (GROUP_KINDS.contains(root.kind())) {
                catalog.addGroup(group(root, children, usedIds));
            } else {
                catalog.addControl(control(root, children, usedIds));
            }
        }
        StringWriter out = new StringWriter();
        try {
            OscalBindingContext.instance()
                    .newSerializer(Format.JSON, Catalog.class)
                    .serialize(catalog, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The OSCAL id {@link #write} gives each control, by the document's own node id (same traversal, so the same
     * de-duplication): what a profile or another OSCAL document uses to point at this edition's controls.
     */
    public Map<String, String> controlIds(List<NodeRow> rows) {
        Map<String, List<NodeRow>> children = new HashMap<>();
        List<NodeRow> roots = new ArrayList<>();
        for (NodeRow row : rows) {
            (row.parentNodeId() == null ? roots : children.computeIfAbsent(row.parentNodeId(), k -> new ArrayList<>()))
                    .add(row);
        }
        Set<String> usedIds = new HashSet<>();
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        roots.forEach(root -> collectIds(root, children, usedIds, ids));
        return ids;
    }

    private static void collectIds(
            NodeRow row, Map<String, List<NodeRow>> children, Set<String> usedIds, Map<String, String> ids) {
        String id = token(row, usedIds);
        if (!GROUP_KINDS.contains(row.kind())) {
            ids.putIfAbsent(row.nodeId(), id);
        }
        for (NodeRow child : children.getOrDefault(row.nodeId(), List.of())) {
            collectIds(child, children, usedIds, ids);
        }
    }

    /** A name-based UUID of version 5 (SHA-1), the kind OSCAL allows besides random ones: stable per edition. */
    static UUID nameBased(String name) {
        byte[] hash;
        try {
            hash = java.security.MessageDigest.getInstance("SHA-1").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
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

    private CatalogGroup group(NodeRow row, Map<String, List<NodeRow>> children, Set<String> usedIds) {
        CatalogGroup group = new CatalogGroup();
        group.setId(token(row, usedIds));
        group.setTitle(line(titleOf(row)));
        group.setProps(props(row));
        if (!row.text().isBlank()) {
            group.addPart(part(group.getId() + "_ovw", "overview", row.text()));
        }
        for (NodeRow child : children.getOrDefault(row.nodeId(), List.of())) {
            if (GROUP_KINDS.contains(child.kind())) {
                group.addGroup(group(child, children, usedIds));
            } else {
                group.addControl(control(child, children, usedIds));
            }
        }
        return group;
    }

    private Control control(NodeRow row, Map<String, List<NodeRow>> children, Set<String> usedIds) {
        Control control = new Control();
        control.setId(token(row, usedIds));
        control.setTitle(line(titleOf(row)));
        control.setProps(props(row));
        if (!row.text().isBlank()) {
            String name = GUIDANCE_KINDS.contains(row.kind()) ? "guidance" : "statement";
            control.addPart(part(control.getId() + (name.equals("guidance") ? "_gdn" : "_smt"), name, row.text()));
        }
        for (NodeRow child : children.getOrDefault(row.nodeId(), List.of())) {
            control.addControl(control(child, children, usedIds));
        }
        return control;
    }

    private static List<Property> props(NodeRow row) {
        List<Property> props = new ArrayList<>();
        Property label = new Property();
        label.setName("label");
        label.setValue(row.nodeId());
        props.add(label);
        props.add(prop("kind", row.kind().name()));
        props.add(prop("line", Integer.toString(row.line())));
        props.add(prop("sort-order", Integer.toString(row.sortOrder())));
        if (row.title() == null || row.title().isBlank()) {
            props.add(prop("untitled", "true"));
        }
        if (row.tier() != null) {
            props.add(prop("tier", row.tier().name()));
        }
        row.roles().forEach(role -> props.add(prop("role", role)));
        if (row.outlineOnly()) {
            props.add(prop("outline-only", "true"));
        }
        addIfPresent(props, "note", row.note());
        return props;
    }

    private static ControlPart part(String id, String name, String text) {
        ControlPart part = new ControlPart();
        part.setId(id);
        part.setName(name);
        part.setProse(multiline(text));
        return part;
    }

    /** OSCAL ids are tokens: letters, digits, '.', '-', '_'; the document's own id is kept in the label prop. */
    static String token(NodeRow row, Set<String> used) {
        StringBuilder token = new StringBuilder("n-");
        row.nodeId().codePoints().forEach(c -> {
            boolean allowed = Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_';
            token.appendCodePoint(allowed ? c : '_');
        });
        String id = token.toString();
        if (!used.add(id)) {
            id = id + "-" + row.sortOrder();
            used.add(id);
        }
        return id;
    }

    private static String titleOf(NodeRow row) {
        return row.title() != null && !row.title().isBlank() ? row.title() : row.nodeId();
    }

    private static Property prop(String name, String value) {
        Property property = new Property();
        property.setName(name);
        property.setNs(NS);
        property.setValue(value);
        return property;
    }

    private static void addIfPresent(List<Property> props, String name, String value) {
        if (value != null && !value.isBlank()) {
            props.add(prop(name, value.strip()));
        }
    }

    private static MarkupLine line(String text) {
        return MarkupLine.fromHtml(HtmlUtils.htmlEscape(text, "UTF-8"));
    }

    private static MarkupMultiline multiline(String text) {
        return MarkupMultiline.fromHtml("<p>" + HtmlUtils.htmlEscape(text, "UTF-8") + "</p>");
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** Validates against the OSCAL 1.1 catalog JSON schema; the findings, or an empty list when it is valid. */
    public List<String> validate(String json) {
        JSONObject object;
        try {
            object = new JSONObject(json);
        } catch (JSONException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        IValidationResult result = validator().validate(object, URI.create("urn:toitsu:oscal-upload"));
        return result.getFindings().stream()
                .map(f -> f.getPath() + ": " + f.getMessage())
                .toList();
    }

    /** Validates against the OSCAL 1.1 profile JSON schema; the findings, or an empty list when it is valid. */
    public List<String> validateProfile(String json) {
        JSONObject object;
        try {
            object = new JSONObject(json);
        } catch (JSONException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        IValidationResult result = profileValidator().validate(object, URI.create("urn:toitsu:oscal-profile"));
        return result.getFindings().stream()
                .map(f -> f.getPath() + ": " + f.getMessage())
                .toList();
    }

    private volatile JsonSchemaContentValidator profileValidator;

    private JsonSchemaContentValidator profileValidator() {
        if (profileValidator == null) {
            try (InputStream schema = OscalCatalogs.class.getClassLoader().getResourceAsStream(PROFILE_SCHEMA)) {
                if (schema == null) {
                    throw new IllegalStateException(PROFILE_SCHEMA + " is not on the classpath (liboscal-java)");
                }
                profileValidator = new JsonSchemaContentValidator(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return profileValidator;
    }

    private JsonSchemaContentValidator validator() {
        if (validator == null) {
            try (InputStream schema = OscalCatalogs.class.getClassLoader().getResourceAsStream(SCHEMA)) {
                if (schema == null) {
                    throw new IllegalStateException(SCHEMA + " is not on the classpath (liboscal-java)");
                }
                validator = new JsonSchemaContentValidator(schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return validator;
    }

    public EditionDraft read(ImportRequest request) {
        String json = new String(request.content(), StandardCharsets.UTF_8);
        if (!validate(json).isEmpty()) {
            throw new DomainException("catalog.oscal.invalid");
        }
        Catalog catalog;
        try {
            catalog = OscalBindingContext.instance()
                    .newDeserializer(Format.JSON, Catalog.class)
                    .deserialize(new StringReader(json), URI.create("urn:toitsu:oscal-upload"));
        } catch (IOException | RuntimeException e) {
            throw new DomainException("catalog.oscal.invalid");
        }
        List<NodeRow> rows = new ArrayList<>();
        for (CatalogGroup group : nullSafe(catalog.getGroups())) {
            readGroup(group, null, 0, rows);
        }
        for (Control control : nullSafe(catalog.getControls())) {
            readControl(control, null, 0, rows);
        }
        rows.sort(Comparator.comparingInt(NodeRow::sortOrder));
        List<NodeRow> ordered = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            NodeRow r = rows.get(i);
            ordered.add(new NodeRow(
                    r.nodeId(),
                    r.parentNodeId(),
                    r.kind(),
                    r.title(),
                    r.text(),
                    r.line(),
                    r.tier(),
                    r.roles(),
                    i,
                    r.depth(),
                    r.outlineOnly(),
                    r.note()));
        }
        Metadata metadata = catalog.getMetadata();
        Map<String, String> meta = new HashMap<>();
        for (Property p : nullSafe(metadata.getProps())) {
            meta.put(p.getName(), p.getValue());
        }
        return new EditionDraft(
                request.code(),
                request.title() != null && !request.title().isBlank()
                        ? request.title().strip()
                        : metadata.getTitle().toText(),
                request.frameworkCode(),
                request.publisher() != null && !request.publisher().isBlank()
                        ? request.publisher().strip()
                        : meta.get("publisher"),
                request.publishedOn() != null
                        ? request.publishedOn()
                        : metadata.getPublished() == null
                                ? null
                                : metadata.getPublished().toLocalDate(),
                request.effectiveOn() != null
                        ? request.effectiveOn()
                        : meta.containsKey("effective-on") ? java.time.LocalDate.parse(meta.get("effective-on")) : null,
                request.sourceAttribution() != null
                                && !request.sourceAttribution().isBlank()
                        ? request.sourceAttribution().strip()
                        : metadata.getRemarks() == null
                                ? "OSCAL"
                                : metadata.getRemarks().toText().strip(),
                request.fileName(),
                null,
                meta.getOrDefault("document-style", "OSCAL"),
                "true".equals(meta.get("outline-only")),
                false,
                100,
                ordered,
                List.of());
    }

    private void readGroup(CatalogGroup group, String parent, int depth, List<NodeRow> rows) {
        NodeRow row = row(
                group.getId(),
                group.getTitle(),
                group.getProps(),
                group.getParts(),
                parent,
                depth,
                NodeKind.SECTION,
                rows.size());
        rows.add(row);
        for (CatalogGroup child : nullSafe(group.getGroups())) {
            readGroup(child, row.nodeId(), depth + 1, rows);
        }
        for (Control control : nullSafe(group.getControls())) {
            readControl(control, row.nodeId(), depth + 1, rows);
        }
    }

    private void readControl(Control control, String parent, int depth, List<NodeRow> rows) {
        NodeRow row = row(
                control.getId(),
                control.getTitle(),
                control.getProps(),
                control.getParts(),
                parent,
                depth,
                NodeKind.REQUIREMENT,
                rows.size());
        rows.add(row);
        for (Control child : nullSafe(control.getControls())) {
            readControl(child, row.nodeId(), depth + 1, rows);
        }
    }

    private static NodeRow row(
            String id,
            MarkupLine title,
            List<Property> props,
            List<ControlPart> parts,
            String parent,
            int depth,
            NodeKind defaultKind,
            int position) {
        String nodeId = id;
        NodeKind kind = defaultKind;
        Tier tier = null;
        List<String> roles = new ArrayList<>();
        int line = 0;
        int sortOrder = position;
        boolean outlineOnly = false;
        boolean untitled = false;
        String note = null;
        for (Property p : nullSafe(props)) {
            String value = p.getValue();
            switch (p.getName()) {
                case "label" -> nodeId = value;
                case "kind" -> kind = parseEnum(NodeKind.class, value, defaultKind);
                case "tier" -> tier = parseEnum(Tier.class, value, null);
                case "role" -> roles.add(value);
                case "line" -> line = parseInt(value, 0);
                case "sort-order" -> sortOrder = parseInt(value, position);
                case "outline-only" -> outlineOnly = "true".equals(value);
                case "untitled" -> untitled = "true".equals(value);
                case "note" -> note = value;
                default -> {}
            }
        }
        String text = "";
        for (ControlPart part : nullSafe(parts)) {
            if (part.getProse() != null) {
                text = part.getProse().toText().strip();
                break;
            }
        }
        String titleText = title == null || untitled ? null : title.toText().strip();
        return new NodeRow(
                nodeId, parent, kind, titleText, text, line, tier, roles, sortOrder, depth, outlineOnly, note);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            return fallback;
        }
    }

    private static int parseInt(String value, int fallback) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
