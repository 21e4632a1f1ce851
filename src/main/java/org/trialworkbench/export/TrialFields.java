package org.trialworkbench.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trialworkbench.model.Age;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;

/**
 * A trial's single-valued fields as (name, label, value) in a fixed order. {@code name} is the
 * schema path that annotation targets use ({@code field:eligibility.minimumAge}); values are raw
 * text, empty when the source does not state the field.
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

    static List<Field> of(Trial t) {
        List<Field> f = new ArrayList<>();
        f.add(new Field("id", "Id", t.id()));
        f.add(new Field("registryIds", "Registry ids", registryIds(t.registryIds())));
        f.add(new Field("briefTitle", "Brief title", t.briefTitle()));
        f.add(new Field("officialTitle", "Official title", ExportText.orEmpty(t.officialTitle())));
        f.add(new Field("acronym", "Acronym", ExportText.orEmpty(t.acronym())));
        f.add(new Field("overallStatus", "Status", ExportText.name(t.overallStatus())));
        f.add(new Field("studyType", "Study type", ExportText.name(t.studyType())));
        f.add(new Field("phases", "Phases", ExportText.join(t.phases(), ", ")));
        f.add(new Field("design.allocation", "Allocation", ExportText.name(t.design().allocation())));
        f.add(new Field("design.interventionModel", "Intervention model", ExportText.name(t.design().interventionModel())));
        f.add(new Field("design.masking", "Masking", ExportText.name(t.design().masking())));
        f.add(new Field("design.primaryPurpose", "Primary purpose", ExportText.name(t.design().primaryPurpose())));
        f.add(new Field("enrollment", "Enrollment", enrollment(t.enrollment())));
        f.add(new Field("dates.start", "Start", ExportText.orEmpty(t.dates().start())));
        f.add(new Field("dates.primaryCompletion", "Primary completion", ExportText.orEmpty(t.dates().primaryCompletion())));
        f.add(new Field("dates.completion", "Completion", ExportText.orEmpty(t.dates().completion())));
        f.add(new Field("leadSponsor", "Lead sponsor", ExportText.orEmpty(t.leadSponsor())));
        f.add(new Field("conditions", "Conditions", ExportText.join(t.conditions(), "; ")));
        f.add(new Field("countries", "Countries", ExportText.join(t.countries(), "; ")));
        f.add(new Field("eligibility.minimumAge", "Minimum age", age(t.eligibility().minimumAge())));
        f.add(new Field("eligibility.maximumAge", "Maximum age", age(t.eligibility().maximumAge())));
        f.add(new Field("eligibility.sex", "Sex", ExportText.name(t.eligibility().sex())));
        f.add(new Field("eligibility.healthyVolunteers", "Healthy volunteers", ExportText.orEmpty(t.eligibility().healthyVolunteers())));
        f.add(new Field("lastUpdate", "Last update", ExportText.orEmpty(t.lastUpdate())));
        return f;
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
        if (e == null) {
            return "";
        }
        return e.count() + (e.type() == null ? "" : " (" + e.type().name().toLowerCase(Locale.ROOT) + ")");
    }

    /** "18 years", "65 years (exclusive)" for "under 65". */
    static String age(Age a) {
        if (a == null) {
            return "";
        }
        return ExportText.number(a.value()) + " " + a.unit().name().toLowerCase(Locale.ROOT) + (a.inclusive() ? "" : " (exclusive)");
    }
}
