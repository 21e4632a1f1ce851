package org.trialworkbench.analysis.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.ArmType;

/** Arms that differ only in one drug's dose are dose cohorts of that drug. */
class DoseVariantArmReaderTest {
    private final DoseVariantArmReader reader = new DoseVariantArmReader(new DoseExpressionReader(), new AdministrationReader());

    private static List<Arm> arms(String... descriptions) {
        List<Arm> out = new java.util.ArrayList<>();
        for (int i = 0; i < descriptions.length; i++) {
            out.add(new Arm("Cohort " + (i + 1), ArmType.EXPERIMENTAL, descriptions[i], List.of()));
        }
        return out;
    }

    /** Arm descriptions separated by "#" → the varying doses in arm order, and the drug named with them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TY-9591 80mg QD+pemetrexed 500mg/m²（D1，Q3w）+Cisplatin 75mg/m²#TY-9591 160mg QD+pemetrexed 500mg/m²（D1，Q3w）+Cisplatin 75mg/m²"
                    + " | 80.0,160.0 | TY-9591",
            "Participants receive ABC-123 200 mg orally twice daily plus carboplatin AUC 5 on day 1#Participants receive ABC-123 400 mg orally twice daily"
                    + " plus carboplatin AUC 5 on day 1 | 200.0,400.0 | ABC-123",
            "Vaccine 10 ug on days 1 and 29#Vaccine 30 ug on days 1 and 29#Vaccine 100 ug on days 1 and 29 | 10.0,30.0,100.0 | Vaccine",
    })
    void readsOneStepPerArmWithTheDoseThatVaries(String descriptions, String doses, String drug) {
        List<EscalationStep> steps = reader.read(arms(descriptions.split("#")));
        assertThat(steps).extracting(s -> String.valueOf(s.dose().quantity().value())).containsExactly(doses.split(","));
        assertThat(steps).allSatisfy(s -> assertThat(s.intervention()).isEqualTo(drug));
    }

    /** Different drugs, two doses varying, a schedule that differs, the same dose twice, or one arm: nothing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Drug A 100 mg once daily#Drug B 200 mg once daily",
            "Drug A 100 mg + pemetrexed 500 mg/m2#Drug A 200 mg + pemetrexed 400 mg/m2",
            "Drug A 100 mg once daily#Drug A 200 mg twice daily",
            "Drug A 100 mg once daily#Drug A 100 mg once daily#Drug A 200 mg once daily",
            "Drug A 100 mg once daily",
            "Drug A 100 mg once daily#Drug A 200 ug once daily",
    })
    void readsNothingFromArmsThatDifferInMoreThanOneDose(String descriptions) {
        assertThat(reader.read(arms(descriptions.split("#")))).isEmpty();
    }
}
