package org.trialworkbench.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.export.ExportSchema;
import org.trialworkbench.fixtures.SampleTrials;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.Schedule;
import org.trialworkbench.model.TimeUnit;
import org.trialworkbench.model.Trial;

class WorkbenchJsonTest {
    private final WorkbenchJson codec = new WorkbenchJson();

    @Test
    void writesTheContractSchema() throws Exception {
        StringWriter out = new StringWriter();
        codec.write(List.of(SampleTrials.full("NCT00000001"), SampleTrials.full("NCT00000002")), SampleTrials.T0, out);
        ExportSchema.assertValid(out.toString());
        assertThat(out.toString()).contains("\"comparator\" : \"<\"", "\"comparator\" : \"between\"",
                "\"format\" : \"trial-workbench-export\"", "\"exportedAt\" : \"2026-11-01T10:15:30.123456Z\"");
    }

    @Test
    void readsBackEveryField() throws Exception {
        Trial trial = SampleTrials.full("NCT00000001");
        Trial back = codec.fromTree(codec.toTree(trial));
        assertThat(back).isEqualTo(trial);
    }

    @Test
    void carriesTheAnchorOfATimeAfterAnotherEvent() throws Exception {
        Offset anchored = new Offset(30, TimeUnit.DAY, "30 days after last dose", "last dose");
        Offset fromBaseline = new Offset(4, TimeUnit.WEEK, "Week 4");
        Trial trial = SampleTrials.full("NCT00000001").toBuilder().outcomes(List.of(new Outcome("P1", OutcomeKind.PRIMARY,
                "Adverse events", null, "Week 4 and 30 days after last dose",
                new Schedule(List.of(fromBaseline, anchored), null, List.of())))).build();
        var tree = codec.toTree(trial);
        assertThat(tree.at("/outcomes/0/schedule/timePoints/1/anchor").asText()).isEqualTo("last dose");
        assertThat(tree.at("/outcomes/0/schedule/timePoints/0/anchor").isNull()).isTrue();
        assertThat(codec.fromTree(tree)).isEqualTo(trial);
        StringWriter out = new StringWriter();
        codec.write(List.of(trial), SampleTrials.T0, out);
        ExportSchema.assertValid(out.toString());
    }

    @Test
    void carriesTheMeasureWordsAScheduleWasReadFrom() throws Exception {
        Trial trial = SampleTrials.full("NCT00000001").toBuilder().outcomes(List.of(new Outcome("P1", OutcomeKind.PRIMARY,
                "Change From Baseline in mNIS+7 at Month 9", null, null,
                new Schedule(List.of(new Offset(0, TimeUnit.DAY, "Baseline"), new Offset(9, TimeUnit.MONTH, "Month 9")), null,
                        List.of(), "From Baseline … at Month 9")))).build();
        var tree = codec.toTree(trial);
        assertThat(tree.at("/outcomes/0/timeFrame").isNull()).isTrue();
        assertThat(tree.at("/outcomes/0/schedule/fromMeasure").asText()).isEqualTo("From Baseline … at Month 9");
        assertThat(codec.fromTree(tree)).isEqualTo(trial);
        StringWriter out = new StringWriter();
        codec.write(List.of(trial), SampleTrials.T0, out);
        ExportSchema.assertValid(out.toString());
    }

    @Test
    void refusesATrialWithoutTitle() throws Exception {
        var tree = codec.toTree(SampleTrials.full("NCT00000001"));
        tree.remove("briefTitle");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.fromTree(tree))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("briefTitle");
    }
}
