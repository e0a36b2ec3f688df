package dev.toitsu.workflow.domain;

import dev.toitsu.shared.DomainException;
import dev.toitsu.workflow.CheckItem;
import dev.toitsu.workflow.FieldDefinition;
import dev.toitsu.workflow.FieldType;
import dev.toitsu.workflow.RequestTypeDraft;
import dev.toitsu.workflow.RouteStep;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What makes a request type definable: a code, a name, well-formed fields, at least one route step. */
public final class RequestTypePolicy {

    private static final String KEY = "[a-z][A-Za-z0-9_]{0,39}";

    private RequestTypePolicy() {}

    public static RequestTypeDraft clean(RequestTypeDraft d) {
        String code = text(d.code(), "workflow.type.code.required");
        if (!code.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new DomainException("workflow.type.code.invalid");
        }
        String name = text(d.name(), "workflow.type.name.required");
        String family = Objects.requireNonNullElse(FormPolicy.normalize(d.separationFamily()), "request");
        if (!family.matches("[a-z][a-z0-9_-]*")) {
            throw new DomainException("workflow.type.separationFamily.invalid");
        }
        List<FieldDefinition> fields = d.fields() == null ? List.of() : d.fields();
        Set<String> keys = new HashSet<>();
        for (FieldDefinition f : fields) {
            if (f.key() == null
                    || !f.key().matches(KEY)
                    || !keys.add(f.key())
                    || FormPolicy.POST_HOC_REASON.equals(f.key())) {
                throw new DomainException("workflow.type.fields.key.invalid", String.valueOf(f.key()));
            }
            if (FormPolicy.normalize(f.label()) == null) {
                throw new DomainException("workflow.type.fields.label.required", f.key());
            }
            if (f.type() == FieldType.CHOICE && f.options().isEmpty()) {
                throw new DomainException("workflow.type.fields.options.required", f.key());
            }
        }
        List<RouteStep> route = d.route() == null ? List.of() : d.route();
        if (route.isEmpty()) {
            throw new DomainException("workflow.type.route.required");
        }
        for (RouteStep s : route) {
            if (FormPolicy.normalize(s.roleCode()) == null) {
                throw new DomainException("workflow.type.route.role.required");
            }
            if (s.conditional()) {
                FieldDefinition field = fields.stream()
                        .filter(f -> f.key().equals(s.whenField()))
                        .findFirst()
                        .orElseThrow(() -> new DomainException("workflow.type.route.when.unknownField", s.whenField()));
                if (s.whenOperator() == RouteStep.Operator.AT_LEAST && !numeric(s.whenValue())) {
                    throw new DomainException("workflow.type.route.when.number", field.key());
                }
                if (s.whenOperator() == RouteStep.Operator.EQUALS
                        && s.whenValue() == null
                        && field.type() != FieldType.BOOLEAN) {
                    throw new DomainException("workflow.type.route.when.value", field.key());
                }
            }
        }
        if (route.get(0).conditional()) {
            throw new DomainException("workflow.type.route.firstUnconditional");
        }
        List<CheckItem> checks = d.checks() == null ? List.of() : d.checks();
        Set<String> checkKeys = new HashSet<>();
        for (CheckItem c : checks) {
            if (c.key() == null
                    || !c.key().matches(KEY)
                    || !checkKeys.add(c.key())
                    || FormPolicy.normalize(c.label()) == null) {
                throw new DomainException("workflow.type.checks.invalid", String.valueOf(c.key()));
            }
        }
        if (d.decisionDays() < 1 || d.decisionDays() > 365) {
            throw new DomainException("workflow.type.decisionDays.invalid");
        }
        return new RequestTypeDraft(
                code,
                name,
                FormPolicy.normalize(d.nameEn()),
                FormPolicy.normalize(d.description()),
                FormPolicy.normalize(d.descriptionEn()),
                FormPolicy.normalize(d.clause()),
                family,
                fields,
                route,
                checks,
                d.hasPeriod(),
                d.endReport() && d.hasPeriod(),
                d.postHocAllowed(),
                d.decisionDays());
    }

    private static String text(String value, String code) {
        String v = FormPolicy.normalize(value);
        if (v == null) {
            throw new DomainException(code);
        }
        return v;
    }

    private static boolean numeric(String value) {
        if (value == null) {
            return false;
        }
        try {
            new java.math.BigDecimal(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
