package dev.toitsu.workflow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A kind of application, defined as data. {@code organizationId} is null for the built-in types every organization
 * starts with; an organization's own type with the same code replaces the built-in one for it.
 */
public record RequestType(
        UUID id,
        UUID organizationId,
        String code,
        String name,
        String nameEn,
        String description,
        String descriptionEn,
        String clause,
        String separationFamily,
        List<FieldDefinition> fields,
        List<RouteStep> route,
        List<CheckItem> checks,
        boolean hasPeriod,
        boolean endReport,
        boolean postHocAllowed,
        int decisionDays,
        boolean active,
        long version) {

    public RequestType {
        fields = List.copyOf(fields);
        route = List.copyOf(route);
        checks = List.copyOf(checks);
    }

    /**
     * The route's next step for a request with these values: the first step at or after {@code from} whose condition
     * holds (steps whose condition does not hold are passed over); -1 when no step is left.
     */
    public int nextStep(int from, Map<String, String> values) {
        for (int i = Math.max(0, from); i < route.size(); i++) {
            if (route.get(i).appliesTo(values)) {
                return i;
            }
        }
        return -1;
    }

    public boolean builtIn() {
        return organizationId == null;
    }

    public Optional<FieldDefinition> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The separation-of-duties action of applying ({@code request.apply}, {@code exemption.apply}). */
    public String applyAction() {
        return separationFamily + ".apply";
    }

    public String decideAction() {
        return separationFamily + ".decide";
    }
}
