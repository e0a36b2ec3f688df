package dev.toitsu.classification;

/** The levels given to one piece of information, by code; integrity and availability may be left open. */
public record Grading(String confidentiality, String integrity, String availability) {

    public Grading {
        confidentiality = blankToNull(confidentiality);
        integrity = blankToNull(integrity);
        availability = blankToNull(availability);
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
