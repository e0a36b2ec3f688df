package dev.toitsu.registry;

import java.util.List;

/**
 * The outcome of an import: all rows or none. {@code encoding} is the character set the CSV was read with (UTF-8,
 * or windows-31j when the bytes are not valid UTF-8); null for Excel.
 */
public record ImportReport(
        String format, String encoding, int rows, int created, int updated, int unchanged, List<RowError> errors) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean committed() {
        return errors.isEmpty();
    }

    /** A problem in one row: the line (1 = header) and column as the person sees them, and a message code. */
    public record RowError(int line, String column, String code, List<String> arguments) {

        public RowError {
            arguments = List.copyOf(arguments);
        }
    }
}
