package dev.toitsu.standard;

/** How a clause can be weaker than the requirement it maps to (統一規範: the standard must be 同等以上). */
public enum WeakeningKind {
    /** 「〜すること」「〜しなければならない」 become 「〜するよう努める」「〜が望ましい」「必要に応じて」「できる」. */
    WEAKENED_OBLIGATION("weakened-obligation"),
    /** 毎年度 → 隔年 or 必要に応じて, 3か月以内 → 6か月以内, 1年間以上 → 30日以上. */
    RELAXED_PERIOD("relaxed-period"),
    /** 「１人置くこと」 → 「置くことができる」, 毎年度最低２回 → １回. */
    RELAXED_COUNT("relaxed-count"),
    /** 全ての情報システム → 重要な情報システム, 要機密情報 (機密性2以上) → 機密性3以上. */
    NARROWED_SCOPE("narrowed-scope");

    private final String label;

    WeakeningKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
