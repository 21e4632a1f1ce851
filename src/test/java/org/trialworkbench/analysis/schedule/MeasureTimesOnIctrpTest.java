package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ictrp.IctrpXmlImporter;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.Trial;

/**
 * The real WHO ICTRP export of the registry samples states no time frame for most registries' outcomes;
 * where the measure's words give the time, the readers date the outcome by them, and say so.
 */
class MeasureTimesOnIctrpTest {
    private static List<Trial> trials;

    @BeforeAll
    static void read() throws IOException {
        byte[] export;
        try (InputStream in = MeasureTimesOnIctrpTest.class.getResourceAsStream("/samples/ictrp/ICTRP-Results_2024-06-09_95-trials.xml")) {
            export = in.readAllBytes();
        }
        TrialReader reader = new TrialReader();
        trials = CollectingSink.parse(new IctrpXmlImporter(), new BytesDocument("export.xml", export)).trials().stream()
                .map(reader::read).toList();
    }

    @Test
    void datesHeliosAsPrimaryOutcomeAsItsJrctRecordStatesIt() {
        // HELIOS-A is in the export as NCT03759379, no time frames, its P1 "Change From Baseline in the Modified
        // Neurologic Impairment Score +7 (mNIS+7) at Month 9 Between the Vutrisiran Group …", and as
        // jRCT2080224769, whose P1 states the time frame "Baseline, Month 9".
        Outcome titled = firstOutcome("NCT03759379");
        Outcome stated = firstOutcome("jRCT2080224769");
        assertThat(titled.timeFrame()).isNull();
        assertThat(stated.timeFrame()).isEqualTo("Baseline, Month 9");
        assertThat(titled.schedule().fromMeasure()).isEqualTo("From Baseline … at Month 9");
        assertThat(titled.schedule().timePoints()).extracting(Offset::value)
                .containsExactlyElementsOf(stated.schedule().timePoints().stream().map(Offset::value).toList());
        assertThat(stated.schedule().readFromMeasure()).isFalse();
    }

    private static Outcome firstOutcome(String id) {
        return trials.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().outcomes().get(0);
    }

    @Test
    void everyTimeReadFromAMeasureIsItsVerbatimWordsReadCompletelyFromBaseline() {
        List<Outcome> fromMeasure = trials.stream().flatMap(t -> t.outcomes().stream())
                .filter(o -> o.schedule() != null && o.schedule().readFromMeasure()).toList();
        assertThat(fromMeasure).as("outcomes of the export dated by their measure").hasSizeGreaterThan(20);
        assertThat(fromMeasure).allSatisfy(o -> {
            Schedule s = o.schedule();
            assertThat(o.timeFrame()).as("only when no time frame is stated").isNull();
            assertThat(o.measure()).contains(s.fromMeasure().split(" … "));
            assertThat(s.unreadParts()).isEmpty();
            assertThat(s.recurrence()).isNull();
            assertThat(s.timePoints()).isNotEmpty().allMatch(Offset::fromBaseline);
        });
    }
}
