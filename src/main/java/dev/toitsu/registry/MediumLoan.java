package dev.toitsu.registry;

import java.time.LocalDate;
import java.util.UUID;

/** Lending of a medium to a person, open until returned. */
public record MediumLoan(
        UUID id,
        UUID borrowerId,
        String borrowerName,
        String purpose,
        LocalDate lentOn,
        LocalDate dueOn,
        LocalDate returnedOn,
        String lentBy,
        String returnedTo) {}
