package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/**
 * Maps one ClinicalTrials.gov API v2 study ({@code {"protocolSection": {...}, ...}}) to a trial.
 * Sections are read here; arms, interventions and outcomes by {@link V2ArmsOutcomesMapper}.
 */
public final class V2StudyMapper {
    private V2StudyMapper() {
    }

    public static Trial map(JsonField study, MappingLog log) throws StudyShapeException {
        JsonField protocol = study.object("protocolSection");
        if (protocol.absent()) {
            throw new StudyShapeException("the study has no protocolSection");
        }
        JsonField ident = protocol.object("identificationModule");
        JsonField status = protocol.object("statusModule");
        JsonField design = protocol.object("designModule");
        Trial.Builder b = Trial.builder();
        String nctId = ident.text("nctId");
        b.id(nctId).briefTitle(ident.text("briefTitle")).officialTitle(ident.text("officialTitle"))
                .acronym(ident.text("acronym"));
        if (nctId != null) {
            b.registryIds(registryIds(nctId, ident));
        }
        b.overallStatus(CtgovVocabulary.status(status.text("overallStatus"), log));
        b.dates(dates(status, log));
        b.lastUpdate(CtgovDates.toIso(status.object("lastUpdatePostDateStruct").text("date"), "last update", log));
        b.studyType(CtgovVocabulary.studyType(design.text("studyType"), log));
        b.phases(phases(design, log)).design(design(design.object("designInfo"), log));
        b.enrollment(enrollment(design.object("enrollmentInfo"), log));
        b.leadSponsor(CtgovText.unlessRedacted(
                protocol.object("sponsorCollaboratorsModule").object("leadSponsor").text("name"), "lead sponsor", log));
        b.conditions(CtgovText.distinct(protocol.object("conditionsModule").texts("conditions")));
        b.countries(countries(protocol.object("contactsLocationsModule")));
        JsonField description = protocol.object("descriptionModule");
        b.briefSummary(description.text("briefSummary")).detailedDescription(description.text("detailedDescription"));
        b.eligibility(eligibility(protocol.object("eligibilityModule"), log));
        V2ArmsOutcomesMapper.map(protocol, b, log);
        return TrialChecks.complete(b, ident.text("officialTitle"), log);
    }

    private static List<org.trialworkbench.model.RegistryId> registryIds(String nctId, JsonField ident) throws StudyShapeException {
        CtgovIds ids = new CtgovIds(nctId).orgStudyId(ident.object("orgStudyIdInfo").text("id"));
        for (JsonField secondary : ident.objects("secondaryIdInfos")) {
            ids.secondary(secondary.text("id"), secondary.text("type"), secondary.text("domain"));
        }
        return ids.list();
    }

    private static TrialDates dates(JsonField status, MappingLog log) throws StudyShapeException {
        JsonField start = status.object("startDateStruct");
        JsonField primary = status.object("primaryCompletionDateStruct");
        JsonField completion = status.object("completionDateStruct");
        return CtgovDates.trialDates(start.text("date"), start.text("type"), primary.text("date"), primary.text("type"),
                completion.text("date"), completion.text("type"), log);
    }

    private static List<Phase> phases(JsonField design, MappingLog log) throws StudyShapeException {
        List<Phase> phases = new ArrayList<>();
        for (String text : design.texts("phases")) {
            Phase p = CtgovVocabulary.phase(text, log);
            if (p != null && !phases.contains(p)) {
                phases.add(p);
            }
        }
        return phases;
    }

    private static Design design(JsonField info, MappingLog log) throws StudyShapeException {
        return new Design(CtgovVocabulary.allocation(info.text("allocation"), log),
                CtgovVocabulary.interventionModel(info.text("interventionModel"), log),
                CtgovVocabulary.masking(info.object("maskingInfo").text("masking"), log),
                CtgovVocabulary.primaryPurpose(info.text("primaryPurpose"), log));
    }

    private static Enrollment enrollment(JsonField info, MappingLog log) throws StudyShapeException {
        Integer count = info.integer("count");
        if (count == null) {
            return null;
        }
        if (count < 0) {
            log.warn("enrollment count " + count + " is negative; left empty");
            return null;
        }
        return new Enrollment(count, CtgovVocabulary.enrollmentType(info.text("type"), log));
    }

    private static List<String> countries(JsonField contacts) throws StudyShapeException {
        List<String> countries = new ArrayList<>();
        for (JsonField location : contacts.objects("locations")) {
            countries.add(location.text("country"));
        }
        return CtgovText.distinct(countries);
    }

    private static Eligibility eligibility(JsonField e, MappingLog log) throws StudyShapeException {
        return new Eligibility(CtgovAges.read(e.text("minimumAge"), "minimum age", log),
                CtgovAges.read(e.text("maximumAge"), "maximum age", log),
                CtgovVocabulary.sex(e.text("sex"), log), e.bool("healthyVolunteers"),
                e.text("eligibilityCriteria"), List.of());
    }
}
