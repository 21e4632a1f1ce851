package org.trialworkbench.importer.ctgov;

import java.util.ArrayList;
import java.util.List;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/**
 * Maps one study of the retired ClinicalTrials.gov API v1 ({@code {"Rank": 1, "Study":
 * {"ProtocolSection": ...}}}) to a trial. v1 writes lists as {@code XList: {X: [...]}}, all
 * values as display text ("Phase 2", "Not yet recruiting", "63"), dates as "July 2001".
 */
public final class V1StudyMapper {
    private V1StudyMapper() {
    }

    public static Trial map(JsonField entry, MappingLog log) throws StudyShapeException {
        JsonField protocol = entry.object("Study").object("ProtocolSection");
        if (protocol.absent()) {
            throw new StudyShapeException("the entry has no Study.ProtocolSection");
        }
        JsonField ident = protocol.object("IdentificationModule");
        JsonField status = protocol.object("StatusModule");
        JsonField design = protocol.object("DesignModule");
        Trial.Builder b = Trial.builder();
        String nctId = ident.text("NCTId");
        b.id(nctId).briefTitle(ident.text("BriefTitle")).officialTitle(ident.text("OfficialTitle"))
                .acronym(ident.text("Acronym"));
        if (nctId != null) {
            b.registryIds(registryIds(nctId, ident));
        }
        b.overallStatus(CtgovVocabulary.status(status.text("OverallStatus"), log));
        b.dates(dates(status, log));
        b.lastUpdate(CtgovDates.toIso(status.object("LastUpdatePostDateStruct").text("LastUpdatePostDate"), "last update", log));
        b.studyType(CtgovVocabulary.studyType(design.text("StudyType"), log));
        b.phases(phases(design, log)).design(design(design.object("DesignInfo"), log));
        b.enrollment(enrollment(design.object("EnrollmentInfo"), log));
        b.leadSponsor(CtgovText.unlessRedacted(
                protocol.object("SponsorCollaboratorsModule").object("LeadSponsor").text("LeadSponsorName"), "lead sponsor", log));
        b.conditions(CtgovText.distinct(protocol.object("ConditionsModule").object("ConditionList").texts("Condition")));
        b.countries(countries(protocol.object("ContactsLocationsModule")));
        JsonField description = protocol.object("DescriptionModule");
        b.briefSummary(description.text("BriefSummary")).detailedDescription(description.text("DetailedDescription"));
        b.eligibility(eligibility(protocol.object("EligibilityModule"), log));
        V1ArmsOutcomesMapper.map(protocol, b, log);
        return TrialChecks.complete(b, ident.text("OfficialTitle"), log);
    }

    private static List<RegistryId> registryIds(String nctId, JsonField ident) throws StudyShapeException {
        CtgovIds ids = new CtgovIds(nctId).orgStudyId(ident.object("OrgStudyIdInfo").text("OrgStudyId"));
        for (JsonField secondary : ident.object("SecondaryIdInfoList").objects("SecondaryIdInfo")) {
            ids.secondary(secondary.text("SecondaryId"), secondary.text("SecondaryIdType"),
                    secondary.text("SecondaryIdDomain"));
        }
        return ids.list();
    }

    private static TrialDates dates(JsonField status, MappingLog log) throws StudyShapeException {
        JsonField start = status.object("StartDateStruct");
        JsonField primary = status.object("PrimaryCompletionDateStruct");
        JsonField completion = status.object("CompletionDateStruct");
        return CtgovDates.trialDates(start.text("StartDate"), start.text("StartDateType"),
                primary.text("PrimaryCompletionDate"), primary.text("PrimaryCompletionDateType"),
                completion.text("CompletionDate"), completion.text("CompletionDateType"), log);
    }

    private static List<Phase> phases(JsonField design, MappingLog log) throws StudyShapeException {
        List<Phase> phases = new ArrayList<>();
        for (String text : design.object("PhaseList").texts("Phase")) {
            Phase p = CtgovVocabulary.phase(text, log);
            if (p != null && !phases.contains(p)) {
                phases.add(p);
            }
        }
        return phases;
    }

    private static Design design(JsonField info, MappingLog log) throws StudyShapeException {
        return new Design(CtgovVocabulary.allocation(info.text("DesignAllocation"), log),
                CtgovVocabulary.interventionModel(info.text("DesignInterventionModel"), log),
                CtgovVocabulary.masking(info.object("DesignMaskingInfo").text("DesignMasking"), log),
                CtgovVocabulary.primaryPurpose(info.text("DesignPrimaryPurpose"), log));
    }

    private static Enrollment enrollment(JsonField info, MappingLog log) throws StudyShapeException {
        return CtgovEnrollment.read(info.text("EnrollmentCount"), info.text("EnrollmentType"), log);
    }

    private static List<String> countries(JsonField contacts) throws StudyShapeException {
        List<String> countries = new ArrayList<>();
        for (JsonField location : contacts.object("LocationList").objects("Location")) {
            countries.add(location.text("LocationCountry"));
        }
        return CtgovText.distinct(countries);
    }

    private static Eligibility eligibility(JsonField e, MappingLog log) throws StudyShapeException {
        return new Eligibility(CtgovAges.read(e.text("MinimumAge"), "minimum age", log),
                CtgovAges.read(e.text("MaximumAge"), "maximum age", log),
                CtgovVocabulary.sex(e.text("Gender"), log),
                CtgovVocabulary.healthyVolunteers(e.text("HealthyVolunteers"), log),
                e.text("EligibilityCriteria"), List.of());
    }
}
