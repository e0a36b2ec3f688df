package dev.toitsu.registry.domain;

import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.MediumKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Caveats on a disposal (001 3.1.1(7), 解説3.1.1(7)(b); 003 3.1⑤): overwriting or degaussing does not reliably erase
 * SSDs and flash memory (wear levelling keeps old blocks), so 暗号化消去 or physical destruction is needed there;
 * 要機密情報 must be made unrecoverable, which a plain delete is not.
 */
public final class DisposalPolicy {

    private DisposalPolicy() {}

    /** Message codes of the caveats that apply; empty when none. */
    public static List<String> caveats(DisposalMethod method, MediumKind medium, boolean confidential) {
        List<String> caveats = new ArrayList<>();
        if (method == null) {
            return caveats;
        }
        boolean weakOnFlash = method == DisposalMethod.OVERWRITE || method == DisposalMethod.DEGAUSS;
        if (weakOnFlash && (medium == null || medium.flash())) {
            caveats.add("registry.disposal.caveat.flash");
        }
        if (method == DisposalMethod.DELETION && confidential) {
            caveats.add("registry.disposal.caveat.deletion");
        }
        return caveats;
    }
}
