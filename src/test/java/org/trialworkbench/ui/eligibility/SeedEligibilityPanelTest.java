package org.trialworkbench.ui.eligibility;

import org.trialworkbench.model.FlagTexts;
import org.trialworkbench.model.FlagText;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trialworkbench.app.Workbench;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.RowKind;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ImportListener;
import org.trialworkbench.ui.AppState;
import org.trialworkbench.ui.SameThreadTaskRunner;
import org.trialworkbench.ui.SelectedTarget;

/**
 * The panel's view-model over two seed pages read by the real importers and readers: the
 * aggregator page of NCT00962923 (headerless criteria, creatinine in an implausible unit, a
 * comparator typo) and the jRCT page.
 */
class SeedEligibilityPanelTest {
    private static final String NCT = "NCT00962923";
    private static final String JRCT = "jRCTc071190041";

    @TempDir
    static Path dir;
    private static Workbench workbench;

    private final AppState state = new AppState();
    private EligibilityPanelViewModel model;

    @BeforeAll
    static void importSeeds() throws Exception {
        workbench = Workbench.open(dir.resolve("db"));
        Path seeds = Path.of(SeedEligibilityPanelTest.class.getResource("/seeds/001_9fb71e6dd1eeb2dc.txt").toURI())
                .getParent();
        workbench.importer().importPaths(List.of(seeds.resolve("001_9fb71e6dd1eeb2dc.txt"),
                seeds.resolve("003_4f16fd12adea18a5.txt")), ImportListener.NONE, new CancellationToken());
    }

    @AfterAll
    static void close() {
        workbench.close();
    }

    private void compareSeeds() {
        model = new EligibilityPanelViewModel(state, workbench.comparer(), new SameThreadTaskRunner());
        state.compare(workbench.catalog().loadAll(List.of(NCT, JRCT)));
        assertThat(state.comparedIds()).containsExactly(NCT, JRCT);
    }

    /** The NCT cell of the first row holding an entry with this flag. */
    private Optional<EligibilityRowItem> rowWithFlag(String flag) {
        return model.allRows().stream().filter(r -> r.row().cells().stream().flatMap(c -> c.entries().stream())
                .anyMatch(e -> e.flags().contains(flag))).findFirst();
    }

    @Test
    void creatinineInAnImplausibleUnitIsShownAsWrittenWithMicromolesOfferedAndNotRanked() {
        compareSeeds();
        EligibilityRowItem creatinine = rowWithFlag("UNIT_IMPLAUSIBLE").orElseThrow();
        assertThat(creatinine.kind()).isEqualTo(RowKind.THRESHOLD);
        EligibilityCell nct = creatinine.row().cells().get(0);
        assertThat(nct.trialId()).isEqualTo(NCT);
        CellEntry entry = nct.entries().get(0);
        assertThat(entry.display()).isEqualTo("inclusion: > 120 mmol/L");
        assertThat(FlagTexts.of(entry.flags())).extracting(FlagText::badge).contains("unit implausible — µmol/L?");
        assertThat(creatinine.row().cells()).extracting(EligibilityCell::verdict)
                .containsOnly(EligibilityCell.Verdict.NONE);

        model.select(creatinine.key(), NCT, 0);
        assertThat(model.detailProperty().get().source().span()).isEqualTo(entry.span());
        assertThat(model.detailProperty().get().source().found()).isTrue();
        assertThat(model.detailProperty().get().kindText()).startsWith("inclusion (kind inferred");
        assertThat(state.selectedTargetProperty().get()).isEqualTo(new SelectedTarget(NCT, "criterion:" + entry.criterionKey()));
    }

    @Test
    void theAlbuminComparatorTypoCarriesItsBadge() {
        compareSeeds();
        EligibilityRowItem albumin = rowWithFlag("AMBIGUOUS_COMPARATOR").orElseThrow();
        assertThat(albumin.label()).containsIgnoringCase("albumin");
        model.searchProperty().set("ALBUMIN");
        assertThat(model.visibleRows()).extracting(EligibilityRowItem::key).contains(albumin.key());
    }

    @Test
    void everyCriterionOfBothTrialsIsOnSomeRowAndTheSpanOfEveryThresholdIsFoundInItsText() {
        compareSeeds();
        long criteria = state.comparedTrials().stream().mapToLong(t -> t.eligibility().criteria().size()).sum();
        long shownKeys = model.allRows().stream().filter(r -> r.kind() != RowKind.DEMOGRAPHIC)
                .flatMap(r -> r.row().cells().stream()
                        .flatMap(c -> c.entries().stream().map(e -> c.trialId() + ":" + e.criterionKey())))
                .distinct().count();
        assertThat(criteria).isGreaterThan(10);
        assertThat(shownKeys).isEqualTo(criteria);
        model.allRows().stream().filter(r -> r.kind() == RowKind.THRESHOLD)
                .flatMap(r -> r.row().cells().stream().flatMap(c -> c.entries().stream()))
                .forEach(e -> assertThat(SourceSpan.of(e.sourceText(), e.span()).found())
                        .as("span %s in %s", e.span(), e.sourceText()).isTrue());
    }

    @Test
    void anAgeReadFromACriterionIsInYearsNotInItsUnitCode() {
        compareSeeds();
        EligibilityRowItem age = model.allRows().stream().filter(r -> r.label().startsWith("age (")).findFirst()
                .orElseThrow();
        assertThat(age.row().unit()).isEqualTo("a"); // the canonical (UCUM) unit, kept in the data
        assertThat(age.note()).contains("in years").doesNotContain("in a ");
        assertThat(age.row().cells().stream().flatMap(c -> c.entries().stream()).map(CellEntry::display))
                .isNotEmpty().allMatch(d -> d.endsWith(" years"));
    }
}
