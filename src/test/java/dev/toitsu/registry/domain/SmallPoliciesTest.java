package dev.toitsu.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.toitsu.platform.TabularFile;
import dev.toitsu.registry.DisposalMethod;
import dev.toitsu.registry.JcStarAssurance;
import dev.toitsu.registry.MediumKind;
import dev.toitsu.shared.DomainException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** JC-STAR (004 L172–L175, L302), disposal caveats (解説3.1.1(7)), CSV encoding detection. */
class SmallPoliciesTest {

    @Test
    void jcStarOneAndTwoAreSelfDeclaredThreeAndFourThirdParty() {
        assertThat(JcStarPolicy.check(1, null)).isEqualTo(JcStarAssurance.SELF_DECLARED);
        assertThat(JcStarPolicy.check(2, JcStarAssurance.SELF_DECLARED)).isEqualTo(JcStarAssurance.SELF_DECLARED);
        assertThat(JcStarPolicy.check(3, null)).isEqualTo(JcStarAssurance.THIRD_PARTY);
        assertThat(JcStarPolicy.check(null, null)).isNull();
        assertThatThrownBy(() -> JcStarPolicy.check(4, JcStarAssurance.SELF_DECLARED))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("registry.equipment.jcStarAssurance.mismatch");
        assertThatThrownBy(() -> JcStarPolicy.check(5, null)).hasMessageContaining("jcStarLevel.invalid");
        assertThatThrownBy(() -> JcStarPolicy.check(null, JcStarAssurance.THIRD_PARTY))
                .hasMessageContaining("jcStarLevel.required");
    }

    @Test
    void overwritingFlashMemoryIsFlaggedButNotAHardDisk() {
        assertThat(DisposalPolicy.caveats(DisposalMethod.OVERWRITE, MediumKind.USB_MEMORY, false))
                .containsExactly("registry.disposal.caveat.flash");
        assertThat(DisposalPolicy.caveats(DisposalMethod.OVERWRITE, MediumKind.EXTERNAL_HDD, false))
                .isEmpty();
        assertThat(DisposalPolicy.caveats(DisposalMethod.CRYPTO_ERASE, MediumKind.EXTERNAL_SSD, true))
                .isEmpty();
        assertThat(DisposalPolicy.caveats(DisposalMethod.DELETION, null, true))
                .containsExactly("registry.disposal.caveat.deletion");
    }

    @Test
    void csvIsReadAsUtf8WhenItIsValidUtf8AndAsWindows31jOtherwise() throws Exception {
        String text = "管理番号,名称\nA-1,人事記録（髙橋）\n";
        assertThat(TabularFile.decode(text.getBytes(StandardCharsets.UTF_8))[1]).isEqualTo("UTF-8");
        String[] sjis = TabularFile.decode(text.getBytes(TabularFile.WINDOWS_31J));
        assertThat(sjis[1]).isEqualTo("windows-31j");
        assertThat(sjis[0]).isEqualTo(text);
        // pure ASCII is valid UTF-8
        assertThat(TabularFile.decode("code,name\n".getBytes(StandardCharsets.US_ASCII))[1])
                .isEqualTo("UTF-8");
    }
}
