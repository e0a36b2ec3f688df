package dev.toitsu.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.toitsu.organization.UnitKind;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitTreeTests {

    private final UUID bureau = UUID.randomUUID();
    private final UUID division = UUID.randomUUID();
    private final UUID office = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();

    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Node(bureau, null, UnitKind.BUREAU, true, "局"),
            new UnitTree.Node(division, bureau, UnitKind.DIVISION, true, "課"),
            new UnitTree.Node(office, division, UnitKind.OFFICE, true, "室"),
            new UnitTree.Node(other, null, UnitKind.BUREAU, true, "他局")));

    @Test
    void refusesMovingAUnitBelowItself() {
        assertThat(tree.wouldCreateCycle(bureau, office)).isTrue();
        assertThat(tree.wouldCreateCycle(division, division)).isTrue();
    }

    @Test
    void allowsMovingAUnitElsewhere() {
        assertThat(tree.wouldCreateCycle(division, other)).isFalse();
        assertThat(tree.wouldCreateCycle(office, bureau)).isFalse();
        assertThat(tree.wouldCreateCycle(bureau, null)).isFalse();
    }

    @Test
    void aSubtreeHoldsTheUnitAndEverythingBelowIt() {
        assertThat(tree.subtree(bureau)).containsExactlyInAnyOrder(bureau, division, office);
        assertThat(tree.isWithin(office, bureau)).isTrue();
        assertThat(tree.isWithin(bureau, office)).isFalse();
        assertThat(tree.overlaps(office, bureau)).isTrue();
        assertThat(tree.overlaps(office, other)).isFalse();
    }

    @Test
    void depthAndOrderFollowTheTree() {
        assertThat(tree.depth(office)).isEqualTo(2);
        assertThat(tree.depthFirst()).containsExactly(bureau, division, office, other);
    }

    @Test
    void survivesACycleLeftInTheData() {
        UUID x = UUID.randomUUID();
        UUID y = UUID.randomUUID();
        UnitTree broken = new UnitTree(List.of(
                new UnitTree.Node(x, y, UnitKind.OTHER, true, "x"),
                new UnitTree.Node(y, x, UnitKind.OTHER, true, "y")));
        assertThat(broken.ancestorsOrSelf(x)).containsExactly(x, y);
        assertThat(broken.wouldCreateCycle(x, y)).isTrue();
    }
}
