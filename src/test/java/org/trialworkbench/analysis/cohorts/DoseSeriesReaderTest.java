package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoseSeriesReaderTest {
    private final DoseSeriesReader reader = new DoseSeriesReader(new DoseExpressionReader(), new AdministrationReader());

    /**
     * The route of listed doses is read from their own clause: a route in another drug's clause of the
     * sentence ("... and cadonilimab IV", NCT05816499) is that drug's. Route empty when none is read.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Patients receive anlotinib 6mg/8mg/10mg qd 2W/3W and cadonilimab IV over 90 minutes on day 1. | 3 |",
            "Participants receive DS-1205c (at planned doses given orally twice daily: 200 mg, 400 mg, 600 mg, 800 mg) "
                    + "in combination with daily 250 mg oral dose of gefitinib | 4 | oral",
            "Escalating doses of 1, 3 and 10 mg/kg given intravenously every 3 weeks | 3 | intravenous",
    })
    void readsTheRouteOfTheListedDosesOnly(String text, int steps, String route) {
        List<EscalationStep> read = reader.read(List.of(text), "drug");
        assertThat(read).hasSize(steps).allSatisfy(s -> assertThat(s.administration().route()).isEqualTo(route));
    }
}
