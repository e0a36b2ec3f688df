package dev.toitsu.workflow;

import java.util.List;

/** What an administrator defines or revises: a request type without id and version. */
public record RequestTypeDraft(
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
        int decisionDays) {}
