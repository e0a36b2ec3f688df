package dev.toitsu.workflow;

import java.time.LocalDate;
import java.util.UUID;

/** An approved request's permission ended: the end was reported, or the period ran out. */
public record RequestEnded(UUID organizationId, UUID requestId, String typeCode, Reason reason, LocalDate on) {

    public enum Reason {
        /** The holder reported the end (001 1.2.1.3(2)(d)). */
        REPORTED,
        /** The period ended; an end report is still awaited where one is required (001 1.2.1.3(2)(e)). */
        PERIOD_ENDED
    }
}
