package org.trialworkbench.analysis.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.FlagTexts;

/** Every flag the threshold reader sets has words a reviewer reads (flags.properties), not its code. */
class ThresholdFlagTextsTest {

    @Test
    void everyReaderFlagHasABadgeAndAnExplanation() throws IllegalAccessException {
        List<String> flags = new ArrayList<>();
        for (Field f : ThresholdFlags.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && !f.get(null).equals(ThresholdFlags.LIKELY_UNIT)) {
                flags.add((String) f.get(null));
            }
        }
        assertThat(flags).contains(ThresholdFlags.UNIT_BSA_ADJUSTED, ThresholdFlags.UNIT_MISSING);
        for (String flag : flags) {
            // a flag without words is shown with its code in the explanation ("SOMETHING_NEW")
            assertThat(FlagTexts.of(List.of(flag))).singleElement()
                    .satisfies(t -> assertThat(t.explanation()).as(flag).isNotBlank().doesNotContain(flag));
        }
    }
}
