package org.trialworkbench.ui.annotations;

import org.trialworkbench.ui.SeedWorkbench;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.analysis.corrections.CorrectionApplier;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Trial;
import org.trialworkbench.service.CorrectedTrial;

/**
 * The correction dialog shows readings as the correction service spells them: held against the
 * service's own reader on every correctable value of the seed trials.
 */
class ReadingValuesTest {
    @TempDir
    static Path dir;
    private static Workbench workbench;

    @BeforeAll
    static void store() throws Exception {
        workbench = Workbench.open(dir.resolve("store"));
        SeedWorkbench.importSeeds(workbench);
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private static List<String> targets(Trial t) {
        List<String> targets = new ArrayList<>();
        for (Criterion c : t.eligibility().criteria()) {
            targets.addAll(ReadingValues.correctionTargets(t, "criterion:" + c.key()));
        }
        t.outcomes().forEach(o -> targets.add("outcome:" + o.key()));
        t.cohorts().forEach(c -> targets.add("cohort:" + c.key()));
        return targets;
    }

    @Test
    void everyCorrectableValueOfTheSeedTrialsReadsAsTheServiceReadsIt() {
        int compared = 0;
        int thresholds = 0;
        for (String id : List.of(SeedWorkbench.NCT, SeedWorkbench.JRCT)) {
            Trial trial = workbench.catalog().load(id).orElseThrow();
            for (String target : targets(trial)) {
                thresholds += target.contains("/threshold:") ? 1 : 0;
                for (String field : workbench.corrections().correctableFields(target)) {
                    Optional<String> service = CorrectionApplier.read(trial, target, field).orElseThrow();
                    assertThat(ReadingValues.of(trial, target, field)).as(id + " " + target + " " + field)
                            .isEqualTo(service);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
        assertThat(thresholds).isPositive();
    }

    @Test
    void aCriterionOffersItsKindAndEachThresholdsFields() {
        Trial trial = workbench.catalog().load(SeedWorkbench.NCT).orElseThrow();
        Criterion withThreshold = trial.eligibility().criteria().stream().filter(c -> !c.thresholds().isEmpty())
                .findFirst().orElseThrow();
        CorrectedTrial view = workbench.corrections().corrected(SeedWorkbench.NCT).orElseThrow();
        List<CorrectionChoice> choices = CorrectionChoice.of(workbench.corrections(), view,
                "criterion:" + withThreshold.key());
        assertThat(choices.get(0).label()).isEqualTo("kind");
        assertThat(choices.get(0).reading()).isEqualTo(withThreshold.kind().name());
        assertThat(choices).extracting(CorrectionChoice::label)
                .contains("threshold 1 (" + withThreshold.thresholds().get(0).parameter() + ") · value");
        assertThat(choices).hasSize(1 + 5 * withThreshold.thresholds().size());
    }

    @Test
    void aTargetThatIsNotInTheTrialHasNoValue() {
        Trial trial = workbench.catalog().load(SeedWorkbench.NCT).orElseThrow();
        assertThat(ReadingValues.of(trial, "criterion:I999", "kind")).isEmpty();
        assertThat(ReadingValues.of(trial, "criterion:I1/threshold:99", "value")).isEmpty();
        assertThat(ReadingValues.of(trial, "arm:Anything", "dose")).isEmpty();
    }
}
