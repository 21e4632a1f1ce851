package org.trialworkbench.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.model.comparison.Comparison;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.store.H2Store;

/** The comparison reviewers open first, on the seeds: NCT00962923 against jRCTc071190041. */
class SeedComparisonTest {

    @Test
    void theSharedParametersLineUpInOneRowEach(@TempDir Path dir) {
        Comparison c = compareSeeds(dir);
        for (String parameter : List.of("mRSS", "ESR", "Hb", "LVEF", "mPAP", "DLCO", "serum creatinine")) {
            assertThat(c.eligibility().rows()).as(parameter).anySatisfy(row -> {
                assertThat(row.label()).startsWith(parameter + " (");
                assertThat(row.cells()).allMatch(EligibilityCell::stated);
            });
        }
        EligibilityRow creatinine = c.eligibility().rows().stream()
                .filter(r -> r.label().startsWith("serum creatinine")).findFirst().orElseThrow();
        assertThat(creatinine.unit()).isEqualTo("mg/dL");
        assertThat(creatinine.cells().get(0).entries().get(0).flags()).contains("UNIT_IMPLAUSIBLE");
    }

    @Test
    void theSchedulesAreReadAsTheIssueSays(@TempDir Path dir) {
        Comparison c = compareSeeds(dir);
        List<OutcomeScheduleRow> nct = c.schedules().trials().get(0).rows();
        assertThat(nct).extracting(r -> r.outcomeKey() + " every " + r.schedule().recurrence().every().value() + " "
                + r.schedule().recurrence().every().unit())
                .containsExactly("P1 every 1.0 MONTH", "S1 every 3.0 MONTH", "S2 every 3.0 MONTH", "S3 every 3.0 MONTH");
        assertThat(nct.get(0).markers()).hasSizeGreaterThan(10);
        OutcomeScheduleRow jrct = c.schedules().trials().get(1).rows().get(0);
        assertThat(jrct.markers()).singleElement().satisfies(m -> assertThat(m.day()).isBetween(365.0, 366.0));
    }

    private static Comparison compareSeeds(Path dir) {
        try (H2Store store = H2Store.open(dir.resolve("store"))) {
            new ImportService(store, ImporterRegistry.standard(), new TrialReader(), Clock.systemUTC(), new ExampleRecords())
                    .importExamples(ImportListener.NONE, new CancellationToken());
            TrialCatalogService catalog = new TrialCatalogService(store);
            return new CompareService().compare(catalog.loadAll(List.of("NCT00962923", "jRCTc071190041")));
        }
    }
}
