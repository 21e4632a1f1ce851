package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/**
 * Maps a legacy ClinicalTrials.gov {@code <clinical_study>} record to a trial. Texts in
 * {@code <textblock>} keep their line breaks and paragraphs without the XML's indentation. Arms,
 * interventions and outcomes are read by {@link XmlArmsOutcomesMapper}.
 */
public final class XmlStudyMapper {
    private XmlStudyMapper() {
    }

    public static Trial map(XmlElement study, MappingLog log) throws StudyShapeException {
        Trial.Builder b = Trial.builder();
        String nctId = study.text("id_info/nct_id");
        b.id(nctId).briefTitle(study.text("brief_title")).officialTitle(study.text("official_title"))
                .acronym(study.text("acronym"));
        if (nctId != null) {
            b.registryIds(registryIds(nctId, study));
        }
        b.overallStatus(CtgovVocabulary.status(study.text("overall_status"), log));
        b.dates(dates(study, log));
        b.lastUpdate(CtgovDates.toIso(lastUpdate(study), "last update", log));
        b.studyType(CtgovVocabulary.studyType(study.text("study_type"), log));
        b.phases(phases(study.text("phase"), log)).design(XmlDesignReader.read(study, log));
        XmlElement enrollment = study.find("enrollment");
        if (enrollment != null) {
            b.enrollment(CtgovEnrollment.read(enrollment.rawText(), enrollment.attribute("type"), log));
        }
        b.leadSponsor(CtgovText.unlessRedacted(study.text("sponsors/lead_sponsor/agency"), "lead sponsor", log));
        b.conditions(CtgovText.distinct(study.texts("condition")));
        b.countries(countries(study));
        b.briefSummary(study.textblock("brief_summary")).detailedDescription(study.textblock("detailed_description"));
        b.eligibility(eligibility(study, log));
        XmlArmsOutcomesMapper.map(study, b, log);
        return TrialChecks.complete(b, study.text("official_title"), log);
    }

    private static TrialDates dates(XmlElement study, MappingLog log) {
        return CtgovDates.trialDates(study.text("start_date"), dateType(study, "start_date"),
                study.text("primary_completion_date"), dateType(study, "primary_completion_date"),
                study.text("completion_date"), dateType(study, "completion_date"), log);
    }

    /** {@code <completion_date type="Anticipated">}: older records give no type. */
    private static String dateType(XmlElement study, String element) {
        XmlElement e = study.find(element);
        return e == null ? null : e.attribute("type");
    }

    private static List<RegistryId> registryIds(String nctId, XmlElement study) {
        CtgovIds ids = new CtgovIds(nctId).orgStudyId(study.text("id_info/org_study_id"));
        study.texts("id_info/secondary_id").forEach(ids::secondary);
        return ids.list();
    }

    /** Records since 2017 say last_update_posted, older ones lastchanged_date. */
    private static String lastUpdate(XmlElement study) {
        String posted = study.text("last_update_posted");
        return posted != null ? posted : study.text("lastchanged_date");
    }

    /** "Phase 1/Phase 2" names two phases; "N/A" is one value. */
    private static List<Phase> phases(String text, MappingLog log) {
        List<Phase> phases = new ArrayList<>();
        if (text != null) {
            for (String part : text.split("/(?=\\s*(?:Early\\s+)?Phase)")) {
                Phase p = CtgovVocabulary.phase(part, log);
                if (p != null && !phases.contains(p)) {
                    phases.add(p);
                }
            }
        }
        return phases;
    }

    /** The registry's own country list when present, else the countries of the site addresses. */
    private static List<String> countries(XmlElement study) {
        List<String> listed = study.texts("location_countries/country");
        if (!listed.isEmpty()) {
            return CtgovText.distinct(listed);
        }
        List<String> fromSites = new ArrayList<>();
        for (XmlElement location : study.findAll("location")) {
            fromSites.add(location.text("facility/address/country"));
        }
        return CtgovText.distinct(fromSites.stream().filter(java.util.Objects::nonNull).toList());
    }

    private static Eligibility eligibility(XmlElement study, MappingLog log) {
        XmlElement e = study.find("eligibility");
        if (e == null) {
            return Eligibility.EMPTY;
        }
        return new Eligibility(CtgovAges.read(e.text("minimum_age"), "minimum age", log),
                CtgovAges.read(e.text("maximum_age"), "maximum age", log),
                CtgovVocabulary.sex(e.text("gender"), log),
                CtgovVocabulary.healthyVolunteers(e.text("healthy_volunteers"), log),
                e.textblock("criteria"), List.of());
    }
}
