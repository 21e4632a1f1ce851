package org.trialworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.service.TrialAnnotation;

/** The shared marks without a window: grouping by trial and target, minimal changes, badge and tooltip texts. */
class AnnotationMarksTest {
    private static final String NCT = "NCT01000001";
    private static final String JRCT = "jRCT2031200001";
    private final AnnotationMarks marks = new AnnotationMarks();

    private static Annotation note(String id, String target, String tag, String text) {
        return new Annotation(id, target, tag, text, "Ada", Instant.parse("2026-11-22T01:00:00Z"), null);
    }

    private static TrialAnnotation on(String trialId, Annotation a) {
        return new TrialAnnotation(trialId, a);
    }

    @Test
    void marksEachTargetOfEachTrialSeparately() {
        marks.show(List.of(on(NCT, note("a1", "criterion:I1", "concern", "ECOG 2 excluded")),
                on(NCT, note("a2", "criterion:I1", "match", "same as jRCT")),
                on(JRCT, note("a3", "outcome:P1", null, "window?"))));

        assertThat(marks.of(NCT, "criterion:I1").count()).isEqualTo(2);
        assertThat(marks.of(NCT, "criterion:I1").tags()).containsExactly("concern", "match");
        assertThat(marks.of(JRCT, "criterion:I1")).isNull(); // same key in another trial: not marked
        assertThat(marks.of(NCT, "outcome:P1")).isNull();
        assertThat(marks.of(new SelectedTarget(JRCT, "outcome:P1")).count()).isEqualTo(1);
        assertThat(marks.asMap()).hasSize(2);
    }

    @Test
    void changesOnlyWhatDiffersAndCountsOneRevisionPerChange() {
        Annotation kept = note("a1", "criterion:I1", "concern", "ECOG 2 excluded");
        marks.show(List.of(on(NCT, kept), on(NCT, note("a2", "cohort:C1", "unclear", "dose?"))));
        AnnotationMark before = marks.of(NCT, "criterion:I1");
        int revision = marks.revisionProperty().get();

        marks.show(List.of(on(NCT, kept), on(NCT, note("a2", "cohort:C1", "unclear", "dose?"))));
        assertThat(marks.revisionProperty().get()).isEqualTo(revision); // same notes: no change to re-mark

        marks.show(List.of(on(NCT, kept)));
        assertThat(marks.revisionProperty().get()).isEqualTo(revision + 1);
        assertThat(marks.of(NCT, "cohort:C1")).isNull();
        assertThat(marks.of(NCT, "criterion:I1")).isSameAs(before);

        marks.clear();
        assertThat(marks.asMap()).isEmpty();
        assertThat(marks.revisionProperty().get()).isEqualTo(revision + 2);
    }

    @Test
    void aCellShowingSeveralCriteriaCombinesTheirNotes() {
        marks.show(List.of(on(NCT, note("a1", "criterion:I1", "concern", "x")),
                on(NCT, note("a2", "criterion:E1", "unclear", "y")), on(JRCT, note("a3", "criterion:E1", "match", "z"))));

        AnnotationMark mark = marks.ofAny(NCT, List.of("criterion:I1", "criterion:E1", "criterion:I9"));
        assertThat(mark.annotations()).extracting(Annotation::id).containsExactly("a1", "a2");
        assertThat(marks.ofAny(NCT, List.of("criterion:I9"))).isNull();
        assertThat(marks.ofAny(NCT, List.of())).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // tags of the notes (; between notes, - for none) | badge        | style class
        "concern                                           | ✎ concern    | tag-concern",
        "MATCH                                             | ✎ MATCH      | tag-match",
        "-                                                 | ✎            | tag-none",
        "needs-sponsor                                     | ✎ needs-sponsor | tag-other",
        "unclear;unclear                                   | ✎ 2 · unclear | tag-unclear",
        "differs;concern;-                                 | ✎ 3 · differs, concern | tag-differs",
        "differs;concern;match;unclear                     | ✎ 4 · differs, concern +2 | tag-differs",
        "-;concern                                         | ✎ 2 · concern | tag-concern",
    })
    void theBadgeWritesTheTagAndTheCountAndIsColouredByTheFirstTag(String tags, String badge, String style) {
        String[] each = tags.split(";");
        List<Annotation> notes = new java.util.ArrayList<>();
        for (int i = 0; i < each.length; i++) {
            notes.add(note("a" + i, "trial", each[i].equals("-") ? null : each[i], "n"));
        }
        AnnotationMark mark = new AnnotationMark(notes);
        assertThat(mark.badgeText()).isEqualTo(badge);
        assertThat(mark.styleClass()).isEqualTo(style);
    }

    @Test
    void theTooltipNamesTagAndFirstWordsOfEachNote() {
        AnnotationMark mark = new AnnotationMark(List.of(
                note("a1", "criterion:I1", "concern", "Threshold  stricter than in the jRCT trial, which allows ECOG 2"),
                note("a2", "criterion:I1", null, "short"),
                note("a3", "criterion:I1", "match", ""),
                note("a4", "criterion:I1", "match", "fourth"),
                note("a5", "criterion:I1", "match", "fifth")));

        assertThat(mark.tooltipLines()).containsExactly(
                "Annotated: concern — Threshold stricter than in the jRCT trial, which…",
                "Annotated: no tag — short",
                "Annotated: match",
                "… and 2 more notes");
        assertThat(AnnotationMark.appendTo("I1: ECOG 0-1", new AnnotationMark(List.of(note("b", "trial", "x", "y")))))
                .isEqualTo("I1: ECOG 0-1\n\nAnnotated: x — y");
        assertThat(AnnotationMark.appendTo("I1: ECOG 0-1", null)).isEqualTo("I1: ECOG 0-1");
    }
}
