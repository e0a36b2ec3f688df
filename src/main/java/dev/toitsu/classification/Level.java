package dev.toitsu.classification;

/**
 * One level of one axis, e.g. 機密性3 (秘密). {@code rank} orders the levels of an axis (1 = least sensitive);
 * {@code protectedLevel} marks the levels that make information 要機密/要保全/要安定.
 */
public record Level(
        Axis axis,
        String code,
        int rank,
        String name,
        String label,
        String nameEn,
        String criteria,
        String handling,
        String examples,
        boolean protectedLevel) {

    /** 機密性3（秘密） */
    public String displayName() {
        return label == null || label.isBlank() ? name : name + "（" + label + "）";
    }
}
