package org.trialworkbench.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {
    @Test
    void ordersByPrefixOfFirstAppearanceThenNumber() {
        assertThat(KeyOrder.union(List.of(List.of("I1", "I2", "E1"), List.of("I1", "I2", "I3", "I10", "E1", "E2"))))
                .containsExactly("I1", "I2", "I3", "I10", "E1", "E2");
    }

    @Test
    void keysWithoutNumbersComeLastInTheirPrefix() {
        assertThat(KeyOrder.union(List.of(List.of("P2", "P"), List.of("P1"))))
                .containsExactly("P1", "P2", "P");
    }
}
