package dev.toitsu.workflow.web;

import dev.toitsu.workflow.ApproverScope;
import dev.toitsu.workflow.CheckItem;
import dev.toitsu.workflow.FieldDefinition;
import dev.toitsu.workflow.FieldType;
import dev.toitsu.workflow.RequestType;
import dev.toitsu.workflow.RequestTypeDraft;
import dev.toitsu.workflow.RouteStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The request-type editor's form: the type's settings, and its form fields, route steps and checks as rows. A row
 * without a key (a field, a check) or a role (a step) is an empty row and left out; rows marked for removal too;
 * the others keep the order given by their position numbers. A blank row of each kind is always offered.
 */
public final class RequestTypeForm {

    private UUID id;
    private long version = -1;
    private String code = "";
    private String name = "";
    private String nameEn = "";
    private String description = "";
    private String clause = "";
    private String separationFamily = "request";
    private boolean hasPeriod;
    private boolean endReport;
    private boolean postHocAllowed;
    private int decisionDays = 14;
    private List<FieldRow> fields = new ArrayList<>();
    private List<StepRow> route = new ArrayList<>();
    private List<CheckRow> checks = new ArrayList<>();

    static RequestTypeForm of(RequestType type, boolean own) {
        RequestTypeForm form = new RequestTypeForm();
        form.id = own ? type.id() : null;
        form.version = own ? type.version() : -1;
        form.code = type.code();
        form.name = type.name();
        form.nameEn = nullToEmpty(type.nameEn());
        form.description = nullToEmpty(type.description());
        form.clause = nullToEmpty(type.clause());
        form.separationFamily = type.separationFamily();
        form.hasPeriod = type.hasPeriod();
        form.endReport = type.endReport();
        form.postHocAllowed = type.postHocAllowed();
        form.decisionDays = type.decisionDays();
        for (FieldDefinition f : type.fields()) {
            FieldRow row = new FieldRow();
            row.key = f.key();
            row.label = f.label();
            row.labelEn = nullToEmpty(f.labelEn());
            row.type = f.type();
            row.required = f.required();
            row.maxLength = f.maxLength();
            row.options = f.options() == null ? "" : String.join("\n", f.options());
            row.amendable = f.amendable();
            form.fields.add(row);
        }
        for (RouteStep s : type.route()) {
            StepRow row = new StepRow();
            row.roleCode = s.roleCode();
            row.scope = s.scope();
            row.label = nullToEmpty(s.label());
            row.labelEn = nullToEmpty(s.labelEn());
            row.whenField = nullToEmpty(s.whenField());
            row.whenOperator = s.whenOperator();
            row.whenValue = nullToEmpty(s.whenValue());
            form.route.add(row);
        }
        for (CheckItem c : type.checks()) {
            CheckRow row = new CheckRow();
            row.key = c.key();
            row.label = c.label();
            row.labelEn = nullToEmpty(c.labelEn());
            form.checks.add(row);
        }
        return form.withBlankRows();
    }

    /** Numbers the rows in their order and adds one blank row of each kind. */
    RequestTypeForm withBlankRows() {
        fields = new ArrayList<>(kept(fields, r -> r.key));
        route = new ArrayList<>(kept(route, r -> r.roleCode));
        checks = new ArrayList<>(kept(checks, r -> r.key));
        fields.add(new FieldRow());
        route.add(new StepRow());
        checks.add(new CheckRow());
        number(fields);
        number(route);
        number(checks);
        return this;
    }

    RequestTypeDraft draft() {
        return new RequestTypeDraft(
                code,
                name,
                blankToNull(nameEn),
                blankToNull(description),
                null,
                blankToNull(clause),
                separationFamily,
                kept(fields, r -> r.key).stream()
                        .map(r -> new FieldDefinition(
                                r.key.strip(),
                                r.label,
                                blankToNull(r.labelEn),
                                r.type,
                                r.required,
                                r.maxLength,
                                r.type == FieldType.CHOICE ? options(r.options) : null,
                                r.amendable))
                        .toList(),
                kept(route, r -> r.roleCode).stream()
                        .map(r -> new RouteStep(
                                r.roleCode.strip(),
                                r.scope,
                                blankToNull(r.label),
                                blankToNull(r.labelEn),
                                blankToNull(r.whenField),
                                blankToNull(r.whenField) == null ? null : r.whenOperator,
                                blankToNull(r.whenValue)))
                        .toList(),
                kept(checks, r -> r.key).stream()
                        .map(r -> new CheckItem(r.key.strip(), r.label, blankToNull(r.labelEn)))
                        .toList(),
                hasPeriod,
                endReport,
                postHocAllowed,
                decisionDays);
    }

    private static List<String> options(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static <R extends Row> List<R> kept(List<R> rows, java.util.function.Function<R, String> identity) {
        return rows.stream()
                .filter(r -> !r.remove
                        && identity.apply(r) != null
                        && !identity.apply(r).isBlank())
                .sorted(Comparator.comparingInt(r -> r.position))
                .toList();
    }

    private static void number(List<? extends Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).position = (i + 1) * 10;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What every row has: its position (smaller first) and a removal mark. */
    public abstract static class Row {
        int position;
        boolean remove;

        public int getPosition() {
            return position;
        }

        public void setPosition(int position) {
            this.position = position;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    public static final class FieldRow extends Row {
        String key = "";
        String label = "";
        String labelEn = "";
        FieldType type = FieldType.TEXT;
        boolean required;
        Integer maxLength;
        String options = "";
        boolean amendable;

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public FieldType getType() {
            return type;
        }

        public void setType(FieldType type) {
            this.type = type;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public Integer getMaxLength() {
            return maxLength;
        }

        public void setMaxLength(Integer maxLength) {
            this.maxLength = maxLength;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public boolean isAmendable() {
            return amendable;
        }

        public void setAmendable(boolean amendable) {
            this.amendable = amendable;
        }
    }

    public static final class StepRow extends Row {
        String roleCode = "";
        ApproverScope scope = ApproverScope.APPLICANT_UNIT;
        String label = "";
        String labelEn = "";
        String whenField = "";
        RouteStep.Operator whenOperator = RouteStep.Operator.EQUALS;
        String whenValue = "";

        public String getRoleCode() {
            return roleCode;
        }

        public void setRoleCode(String roleCode) {
            this.roleCode = roleCode;
        }

        public ApproverScope getScope() {
            return scope;
        }

        public void setScope(ApproverScope scope) {
            this.scope = scope;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getWhenField() {
            return whenField;
        }

        public void setWhenField(String whenField) {
            this.whenField = whenField;
        }

        public RouteStep.Operator getWhenOperator() {
            return whenOperator;
        }

        public void setWhenOperator(RouteStep.Operator whenOperator) {
            this.whenOperator = whenOperator;
        }

        public String getWhenValue() {
            return whenValue;
        }

        public void setWhenValue(String whenValue) {
            this.whenValue = whenValue;
        }
    }

    public static final class CheckRow extends Row {
        String key = "";
        String label = "";
        String labelEn = "";

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getClause() {
        return clause;
    }

    public void setClause(String clause) {
        this.clause = clause;
    }

    public String getSeparationFamily() {
        return separationFamily;
    }

    public void setSeparationFamily(String separationFamily) {
        this.separationFamily = separationFamily;
    }

    public boolean isHasPeriod() {
        return hasPeriod;
    }

    public void setHasPeriod(boolean hasPeriod) {
        this.hasPeriod = hasPeriod;
    }

    public boolean isEndReport() {
        return endReport;
    }

    public void setEndReport(boolean endReport) {
        this.endReport = endReport;
    }

    public boolean isPostHocAllowed() {
        return postHocAllowed;
    }

    public void setPostHocAllowed(boolean postHocAllowed) {
        this.postHocAllowed = postHocAllowed;
    }

    public int getDecisionDays() {
        return decisionDays;
    }

    public void setDecisionDays(int decisionDays) {
        this.decisionDays = decisionDays;
    }

    public List<FieldRow> getFields() {
        return fields;
    }

    public void setFields(List<FieldRow> fields) {
        this.fields = fields;
    }

    public List<StepRow> getRoute() {
        return route;
    }

    public void setRoute(List<StepRow> route) {
        this.route = route;
    }

    public List<CheckRow> getChecks() {
        return checks;
    }

    public void setChecks(List<CheckRow> checks) {
        this.checks = checks;
    }
}
