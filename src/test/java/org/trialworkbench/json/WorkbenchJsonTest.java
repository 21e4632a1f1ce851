package org.trialworkbench.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.export.ExportSchema;
import org.trialworkbench.fixtures.SampleTrials;
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
    void refusesATrialWithoutTitle() throws Exception {
        var tree = codec.toTree(SampleTrials.full("NCT00000001"));
        tree.remove("briefTitle");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> codec.fromTree(tree))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("briefTitle");
    }
}
