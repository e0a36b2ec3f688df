package dev.toitsu.registry.domain;

import dev.toitsu.registry.JcStarAssurance;
import dev.toitsu.shared.DomainException;

/**
 * JC-STAR (004 L172–L175, L302): ★1 and ★2 rest on the vendor's 自己適合宣言; ★3 and ★4 on a third party's
 * assessment. A level and its assurance are given together or not at all.
 */
public final class JcStarPolicy {

    private JcStarPolicy() {}

    public static JcStarAssurance assuranceOf(int level) {
        return level >= 3 ? JcStarAssurance.THIRD_PARTY : JcStarAssurance.SELF_DECLARED;
    }

    /** The assurance to store: given or implied by the level; a contradicting one is refused. */
    public static JcStarAssurance check(Integer level, JcStarAssurance assurance) {
        if (level == null) {
            if (assurance != null) {
                throw new DomainException("registry.equipment.jcStarLevel.required");
            }
            return null;
        }
        if (level < 1 || level > 4) {
            throw new DomainException("registry.equipment.jcStarLevel.invalid");
        }
        JcStarAssurance expected = assuranceOf(level);
        if (assurance != null && assurance != expected) {
            throw new DomainException("registry.equipment.jcStarAssurance.mismatch", level);
        }
        return expected;
    }
}
