package dev.toitsu.standard;

/**
 * How far the standard covers one catalog requirement (同等以上 check). {@link #PARTIAL} is honest about doubt: the
 * only covering clauses are low-confidence matches, or the requirement lists sub-items (ア, イ, ...) and the covering
 * clauses' wording reaches fewer than half of them.
 */
public enum Coverage {
    COVERED("covered"),
    PARTIAL("partial"),
    UNCOVERED("uncovered");

    private final String label;

    Coverage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
