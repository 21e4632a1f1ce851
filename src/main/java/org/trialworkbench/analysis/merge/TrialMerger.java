package org.trialworkbench.analysis.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/**
 * Merges the readings of one trial from several sources into one trial. Scalar fields come from
 * the most structured source that states them, with every disagreement kept as a conflict; lists
 * (criteria, outcomes, arms, interventions, cohorts) come whole from the source that has the most
 * complete list, never mixed item by item. Registry ids and sources are united.
 */
public final class TrialMerger {
    /** A criteria text at least this share of the longest copy's length says the same, laid out otherwise. */
    private static final double NEARLY_WHOLE = 0.8;

    private TrialMerger() {
    }

    public static Trial merge(List<SourcedTrial> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        if (inputs.size() == 1 && !inputs.get(0).trial().sources().isEmpty()) {
            // A trial restored from an export is already merged: keep it exactly as exported.
            return inputs.get(0).trial();
        }
        List<SourcedTrial> ranked = new ArrayList<>(inputs);
        ranked.sort(SourceRanking.MOST_STRUCTURED_FIRST);
        FieldPicker p = new FieldPicker(ranked);
        Trial.Builder b = Trial.builder()
                .id(primaryId(ranked))
                .registryIds(unitedIds(ranked, primaryId(ranked)))
                .sources(unitedSources(ranked))
                .briefTitle(p.pick("briefTitle", s -> s.trial().briefTitle()))
                .officialTitle(p.pick("officialTitle", s -> s.trial().officialTitle()))
                .acronym(p.pick("acronym", s -> s.trial().acronym()))
                .overallStatus(p.pick("overallStatus", s -> s.trial().overallStatus()))
                .studyType(p.pick("studyType", s -> s.trial().studyType()))
                .phases(orEmpty(p.pick("phases", s -> s.trial().phases())))
                .design(design(p))
                .enrollment(p.pick("enrollment", s -> s.trial().enrollment(), TrialMerger::sameCount))
                .dates(dates(p, ranked))
                .leadSponsor(p.pick("leadSponsor", s -> s.trial().leadSponsor()))
                .conditions(p.pickList("conditions", s -> s.trial().conditions()))
                .countries(p.pickList("countries", s -> s.trial().countries()))
                .briefSummary(p.pick("briefSummary", s -> s.trial().briefSummary(), (x, y) -> true))
                .detailedDescription(p.pick("detailedDescription", s -> s.trial().detailedDescription(), (x, y) -> true))
                .lastUpdate(latest(ranked))
                .eligibility(eligibility(p, ranked))
                .outcomes(p.pickList("outcomes", s -> s.trial().outcomes()))
                .arms(p.pickList("arms", s -> s.trial().arms()))
                .interventions(p.pickList("interventions", s -> s.trial().interventions()))
                .cohorts(p.pickList("cohorts", s -> s.trial().cohorts()))
                .annotations(unitedAnnotations(ranked));
        return b.conflicts(p.conflicts()).provenance(p.provenance()).build();
    }

    /** A trial read from one source, with that source. */
    public static Trial single(Trial trial, SourceRef source) {
        return merge(List.of(new SourcedTrial(trial, source)));
    }

    private static String primaryId(List<SourcedTrial> ranked) {
        for (SourcedTrial s : ranked) {
            if (!s.trial().id().startsWith("local-")) {
                return s.trial().id();
            }
        }
        return ranked.get(0).trial().id();
    }

    /** Every source's ids, the primary id first (so it is found by registry id like the others). */
    private static List<RegistryId> unitedIds(List<SourcedTrial> ranked, String primaryId) {
        Map<String, RegistryId> ids = new LinkedHashMap<>();
        if (!primaryId.startsWith("local-")) {
            ids.put(primaryId, RegistryIds.recognize(primaryId).orElse(new RegistryId(primaryId, null)));
        }
        for (SourcedTrial s : ranked) {
            for (RegistryId id : s.trial().registryIds()) {
                ids.merge(id.id(), id, (kept, other) -> kept.registry() == null ? other : kept);
            }
        }
        return new ArrayList<>(ids.values());
    }

    /** A snapshot input (a trial restored from an export) brings all its sources; others their own. */
    private static List<SourceRef> unitedSources(List<SourcedTrial> ranked) {
        Map<String, SourceRef> bySha = new LinkedHashMap<>();
        for (SourcedTrial s : ranked) {
            List<SourceRef> refs = s.trial().sources().isEmpty() ? List.of(s.source()) : s.trial().sources();
            refs.forEach(r -> bySha.putIfAbsent(r.sha256() + "|" + r.file(), r));
        }
        return new ArrayList<>(bySha.values());
    }

    private static Design design(FieldPicker p) {
        return new Design(
                p.pick("design.allocation", s -> s.trial().design().allocation()),
                p.pick("design.interventionModel", s -> s.trial().design().interventionModel()),
                p.pick("design.masking", s -> s.trial().design().masking()),
                p.pick("design.primaryPurpose", s -> s.trial().design().primaryPurpose()));
    }

    private static TrialDates dates(FieldPicker p, List<SourcedTrial> ranked) {
        String start = p.pick("dates.start", s -> s.trial().dates().start(), TrialMerger::samePartialDate);
        String primary = p.pick("dates.primaryCompletion", s -> s.trial().dates().primaryCompletion(), TrialMerger::samePartialDate);
        String completion = p.pick("dates.completion", s -> s.trial().dates().completion(), TrialMerger::samePartialDate);
        return new TrialDates(start, primary, completion,
                typeOf(ranked, start, TrialDates::start, TrialDates::startType),
                typeOf(ranked, primary, TrialDates::primaryCompletion, TrialDates::primaryCompletionType),
                typeOf(ranked, completion, TrialDates::completion, TrialDates::completionType));
    }

    /** A shown date's type is what the source of that very date says (another copy's date may differ). */
    private static DateType typeOf(List<SourcedTrial> ranked, String date, Function<TrialDates, String> value,
                                   Function<TrialDates, DateType> type) {
        if (date == null) {
            return null;
        }
        return ranked.stream().filter(s -> date.equals(value.apply(s.trial().dates()))).findFirst()
                .map(s -> type.apply(s.trial().dates())).orElse(null);
    }

    private static Eligibility eligibility(FieldPicker p, List<SourcedTrial> ranked) {
        Age min = p.pick("eligibility.minimumAge", s -> s.trial().eligibility().minimumAge());
        Age max = p.pick("eligibility.maximumAge", s -> s.trial().eligibility().maximumAge());
        var sex = p.pick("eligibility.sex", s -> s.trial().eligibility().sex());
        Boolean healthy = p.pick("eligibility.healthyVolunteers", s -> s.trial().eligibility().healthyVolunteers());
        SourcedTrial criteriaSource = mostCriteria(ranked);
        List<String> files = ranked.stream()
                .filter(s -> s.trial().eligibility().criteriaText() != null && !s.trial().eligibility().criteriaText().isBlank())
                .map(s -> s.source().file()).toList();
        if (criteriaSource != null) {
            List<String> ordered = new ArrayList<>(List.of(criteriaSource.source().file()));
            files.stream().filter(f -> !ordered.contains(f)).forEach(ordered::add);
            p.addProvenance("eligibility.criteria", ordered);
        }
        Eligibility from = criteriaSource == null ? Eligibility.EMPTY : criteriaSource.trial().eligibility();
        return new Eligibility(min, max, sex, healthy, from.criteriaText(), from.criteria());
    }

    /**
     * Whose criteria the merged trial shows: the most structured source whose text is nearly as long as
     * the longest ({@link #NEARLY_WHOLE}); among sources of one format, the one with most criteria. A
     * copy much shorter than another is cut (an empty cell, "principal" criteria only) and gives way, but
     * a copy that only splits the same text into more items does not win by that: API v1 drops the
     * list markers, so its flattened sub-items would outnumber the XML copy's criteria.
     */
    private static SourcedTrial mostCriteria(List<SourcedTrial> ranked) {
        List<SourcedTrial> stated = ranked.stream().filter(s -> s.trial().eligibility().criteriaText() != null
                || !s.trial().eligibility().criteria().isEmpty()).toList();
        long longest = stated.stream().mapToLong(s -> textLength(s.trial().eligibility())).max().orElse(0);
        SourcedTrial best = null;
        for (SourcedTrial s : stated) {
            if (textLength(s.trial().eligibility()) < NEARLY_WHOLE * longest) {
                continue;
            }
            if (best == null) {
                best = s;
            } else if (SourceRanking.MOST_STRUCTURED_FIRST.compare(s, best) == 0
                    && score(s.trial().eligibility()) > score(best.trial().eligibility())) {
                best = s;
            }
        }
        return best;
    }

    private static long textLength(Eligibility e) {
        return e.criteriaText() == null ? 0 : e.criteriaText().strip().length();
    }

    private static long score(Eligibility e) {
        return e.criteria().size() * 1_000_000L + textLength(e);
    }

    private static String latest(List<SourcedTrial> ranked) {
        return ranked.stream().map(s -> s.trial().lastUpdate()).filter(d -> d != null && !d.isBlank())
                .max(String::compareTo).orElse(null);
    }

    private static List<Annotation> unitedAnnotations(List<SourcedTrial> ranked) {
        Map<String, Annotation> byKey = new LinkedHashMap<>();
        for (SourcedTrial s : ranked) {
            for (Annotation a : s.trial().annotations()) {
                byKey.putIfAbsent(a.id() != null ? a.id() : a.target() + "|" + a.createdAt(), a);
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static boolean sameCount(Enrollment a, Enrollment b) {
        return a.count() == b.count();
    }

    /** "2009-08" and "2009-08-20" agree: one is the other stated less precisely. */
    private static boolean samePartialDate(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
