package dev.toitsu.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.classification.Decision;
import dev.toitsu.classification.RuleNoteKind;
import dev.toitsu.classification.RuleTable;
import dev.toitsu.classification.TransmissionQuestion;
import dev.toitsu.classification.TransmissionVerdict;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The NINS 【別表】 3.1(2)④(b) as a rule engine (003 L1269–L1284, body text L378–L383). */
class TransmissionPolicyTest {

    private static final RuleTable NINS = NinsTransmissionTable.table(Set.of("C1", "C2", "C3", "C4"));

    private static TransmissionVerdict ask(String level, String channel, String destination) {
        return TransmissionPolicy.decide(NINS, new TransmissionQuestion(null, level, channel, destination));
    }

    @Test
    void confidentiality2ByMailNeedsEncryption() {
        TransmissionVerdict v = ask("C2", "MAIL", "EXTERNAL");
        assertThat(v.decision()).isEqualTo(Decision.ALLOWED_WITH_CONDITIONS);
        assertThat(v.conditions()).containsExactly("ENCRYPT");
        assertThat(v.cellText()).isEqualTo("可(要暗号化)");
        assertThat(v.sourceClause()).isEqualTo("3.1(2)④(b)");
    }

    @Test
    void confidentiality3ByMailIsForbiddenAndTheConflictWithTheTextIsShown() {
        TransmissionVerdict v = ask("C3", "MAIL", "INTERNAL");
        assertThat(v.decision()).isEqualTo(Decision.FORBIDDEN);
        assertThat(v.hasConflict()).isTrue();
        assertThat(v.notes())
                .anySatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(RuleNoteKind.CONFLICT);
                    assertThat(n.clause()).isEqualTo("3.1(2)④(b)ア");
                })
                // イ: mis-send countermeasures apply to 2 and 3 whatever the channel
                .anySatisfy(n -> assertThat(n.kind()).isEqualTo(RuleNoteKind.OVERLAY));
    }

    @Test
    void confidentiality3FileTransferOutsideNeedsTheInstituteCisosPermissionAndEncryption() {
        TransmissionVerdict v = ask("C3", "FILE_TRANSFER", "EXTERNAL");
        assertThat(v.decision()).isEqualTo(Decision.PERMISSION_REQUIRED);
        assertThat(v.conditions()).containsExactly("CISO_PERMISSION", "ENCRYPT");
        assertThat(ask("C3", "FILE_TRANSFER", "INTERNAL").decision()).isEqualTo(Decision.FORBIDDEN);
    }

    @Test
    void cloudSharingOfConfidentiality3IsLimitedToTheCoreServicesOfTheFootnote() {
        TransmissionVerdict v = ask("C3", "CLOUD_SHARE", "INTER_INSTITUTE");
        assertThat(v.decision()).isEqualTo(Decision.ALLOWED_WITH_CONDITIONS);
        assertThat(v.conditions()).containsExactly("APPROVED_SERVICE_ONLY");
        assertThat(v.footnote()).contains("Microsoft365");
    }

    @Test
    void theEmptyCellsOfConfidentiality4ReadAsOneMergedForbiddenInPrinciple() {
        TransmissionVerdict written = ask("C4", "MAIL", "INTERNAL");
        TransmissionVerdict empty = ask("C4", "FILE_TRANSFER", "EXTERNAL");
        assertThat(written.decision()).isEqualTo(Decision.PERMISSION_REQUIRED);
        assertThat(written.interpretation()).isNull();
        assertThat(empty.decision()).isEqualTo(Decision.PERMISSION_REQUIRED);
        assertThat(empty.conditions()).containsExactly("CISO_PERMISSION");
        assertThat(empty.interpretation()).contains("結合セル");
    }

    @Test
    void aLevelTheTableDoesNotCoverIsNeverASilentYes() {
        RuleTable government = NinsTransmissionTable.table(Set.of("C1", "C2", "C3"));
        TransmissionVerdict v =
                TransmissionPolicy.decide(government, new TransmissionQuestion(null, "C4", "MAIL", "INTERNAL"));
        assertThat(v.decision()).isEqualTo(Decision.NOT_COVERED);
        assertThat(v.cellText()).isNull();
        assertThat(government.levelCodes()).containsExactly("C1", "C2", "C3");
    }

    @Test
    void confidentiality1IsAllowedEverywhereButTheTitleConflictIsNoted() {
        TransmissionVerdict v = ask("C1", "MAIL", "EXTERNAL");
        assertThat(v.decision()).isEqualTo(Decision.ALLOWED);
        assertThat(v.notes()).anySatisfy(n -> assertThat(n.text()).contains("表題"));
    }
}
