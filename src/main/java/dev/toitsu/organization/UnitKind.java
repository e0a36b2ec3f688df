package dev.toitsu.organization;

/** 部局 (bureau), 課 (division), 室 (office), or anything else an organization calls a unit. */
public enum UnitKind {
    BUREAU,
    DIVISION,
    OFFICE,
    OTHER;

    /** 課室: the level at which the 課室情報セキュリティ責任者 is appointed (001 1.2.1.1(7)). */
    public boolean isSection() {
        return this == DIVISION || this == OFFICE;
    }
}
