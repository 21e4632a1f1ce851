package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;
import org.trialworkbench.model.ValueWords;

/**
 * A trial's single-valued fields as (name, label, value) in a fixed order. {@code name} is the
 * schema path that annotation targets use ({@code field:eligibility.minimumAge}); values are text,
 * empty when the source does not state the field: coded values as stored ({@code ACTIVE_NOT_RECRUITING})
 * for machine-readable rows, in words ("Active not recruiting") for tables people read.
 */
final class TrialFields {

    /** One field: the schema path, a label for people, and the value as text. */
    record Field(String name, String label, String value) {
        String target() {
            return "field:" + name;
        }
    }

    private TrialFields() {
    }

    /** Coded values as stored (CSV). */
    static List<Field> of(Trial t) {
        return fields(t, ExportText::name, p -> ExportText.join(p, ", "));
    }

    /** Coded values in words (HTML, Markdown). */
    static List<Field> inWords(Trial t) {
        return fields(t, e -> ExportText.orEmpty(ValueWords.of(e)), p -> ExportText.orEmpty(ValueWords.phases(p)));
    }

    private static List<Field> fields(Trial t, Function<Enum<?>, String> coded, Function<List<Phase>, String> phases) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("id", "Id", t.id()));
        f.add(new Field("registryIds", "Registry ids", registryIds(t.registryIds())));
        f.add(new Field("briefTitle", "Brief title", t.briefTitle()));
        f.add(new Field("officialTitle", "Official title", ExportText.orEmpty(t.officialTitle())));
        f.add(new Field("acronym", "Acronym", ExportText.orEmpty(t.acronym())));
        f.add(new Field("overallStatus", "Status", coded.apply(t.overallStatus())));
        f.add(new Field("studyType", "Study type", coded.apply(t.studyType())));
        f.add(new Field("phases", "Phases", phases.apply(t.phases())));
        f.add(new Field("design.allocation", "Allocation", coded.apply(t.design().allocation())));
        f.add(new Field("design.interventionModel", "Intervention model", coded.apply(t.design().interventionModel())));
        f.add(new Field("design.masking", "Masking", coded.apply(t.design().masking())));
        f.add(new Field("design.primaryPurpose", "Primary purpose", coded.apply(t.design().primaryPurpose())));
        f.add(new Field("enrollment", "Enrollment", enrollment(t.enrollment())));
        TrialDates d = t.dates();
        f.add(new Field("dates.start", "Start", ExportText.orEmpty(ValueWords.typed(d.start(), d.startType()))));
        f.add(new Field("dates.primaryCompletion", "Primary completion",
                ExportText.orEmpty(ValueWords.typed(d.primaryCompletion(), d.primaryCompletionType()))));
        f.add(new Field("dates.completion", "Completion",
                ExportText.orEmpty(ValueWords.typed(d.completion(), d.completionType()))));
        f.add(new Field("leadSponsor", "Lead sponsor", ExportText.orEmpty(t.leadSponsor())));
        f.add(new Field("conditions", "Conditions", ExportText.join(t.conditions(), "; ")));
        f.add(new Field("countries", "Countries", ExportText.join(t.countries(), "; ")));
        f.add(new Field("eligibility.minimumAge", "Minimum age", age(t.eligibility().minimumAge())));
        f.add(new Field("eligibility.maximumAge", "Maximum age", age(t.eligibility().maximumAge())));
        f.add(new Field("eligibility.sex", "Sex", coded.apply(t.eligibility().sex())));
        f.add(new Field("eligibility.healthyVolunteers", "Healthy volunteers", ExportText.orEmpty(t.eligibility().healthyVolunteers())));
        f.add(new Field("lastUpdate", "Last update", ExportText.orEmpty(t.lastUpdate())));
        return f;
    }

    /** "Phase 1/2 · Recruiting", for a trial's line in a page header; what is not stated is said so. */
    static String phaseAndStatus(Trial t) {
        String phases = ValueWords.phases(t.phases());
        return (phases == null ? "phase not stated" : "Phase " + phases) + " · "
                + (t.overallStatus() == null ? "status not stated" : ValueWords.of(t.overallStatus()));
    }

    /** "NCT01234567 (ClinicalTrials.gov); S-1 (sponsor)". */
    static String registryIds(List<RegistryId> ids) {
        List<String> parts = new ArrayList<>();
        for (RegistryId r : ids) {
            parts.add(r.id() + " (" + (r.ofSponsor() ? "sponsor" : r.registry()) + ")");
        }
        return String.join("; ", parts);
    }

    static String enrollment(Enrollment e) {
        return e == null ? "" : ValueWords.typed(String.valueOf(e.count()), e.type());
    }

    /** "18 years", "65 years (exclusive)" for "under 65". */
    static String age(Age a) {
        if (a == null) {
            return "";
        }
        return ExportText.number(a.value()) + " " + a.unit().name().toLowerCase(Locale.ROOT) + (a.inclusive() ? "" : " (exclusive)");
    }
}
