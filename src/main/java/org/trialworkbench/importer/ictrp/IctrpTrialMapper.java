package org.trialworkbench.importer.ictrp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.model.Design;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/**
 * Maps the fields of one ICTRP {@code <Trial>} (element name to text as the XML parser decoded
 * it) to a {@link Trial}. Values that cannot be read are left null with a warning and keep their
 * text in {@code detailedDescription} ("Phase (unread): ..."), so nothing is silently lost.
 */
public final class IctrpTrialMapper {
    private static final PhraseTable STATUSES = PhraseTable.load("recruitment-status.txt");
    private static final Pattern GROUP_SIZES = Pattern.compile("(?:[^:;]+:\\s*(\\d+)\\s*;?\\s*)+");
    private static final Pattern GROUP_SIZE = Pattern.compile(":\\s*(\\d+)");
    private static final List<String> EXPECTED = List.of("Primary_sponsor", "Recruitment_Status", "Study_type",
            "Target_size", "Date_enrollement", "Countries", "Condition", "Intervention", "Inclusion_Criteria",
            "Inclusion_gender", "Primary_outcome");

    private final Map<String, String> raw;
    private final String location;
    private final List<ImportWarning> warnings = new ArrayList<>();
    private final List<String> unmapped = new ArrayList<>();

    private IctrpTrialMapper(Map<String, String> raw, String location) {
        this.raw = raw;
        this.location = location;
    }

    /** The mapped trial with its warnings; throws {@link Unreadable} when there is no id or title. */
    public static Mapped map(Map<String, String> fields, String location) throws Unreadable {
        return new IctrpTrialMapper(fields, location).map();
    }

    /** A trial read from one record, with what a reviewer should know about it. */
    public record Mapped(Trial trial, List<ImportWarning> warnings) {
    }

    /** The record lacks what every trial needs (an id, a title). */
    public static final class Unreadable extends Exception {
        public Unreadable(String reason) {
            super(reason);
        }
    }

    private Mapped map() throws Unreadable {
        String trialId = text("TrialID");
        if (trialId == null) {
            throw new Unreadable("the record has no TrialID");
        }
        String scientificTitle = TitleText.clean(text("Scientific_title"));
        String publicTitle = TitleText.clean(text("Public_title"));
        String title = publicTitle != null ? publicTitle : scientificTitle;
        if (title == null) {
            throw new Unreadable("the record " + trialId + " has neither a public nor a scientific title");
        }
        for (String field : EXPECTED) {
            if (text(field) == null) {
                warn(field + " is empty");
            }
        }
        Trial.Builder b = Trial.builder().briefTitle(title).officialTitle(scientificTitle)
                .acronym(text("Acronym")).leadSponsor(text("Primary_sponsor"));
        ids(b, trialId);
        StudyType studyType = studyType();
        b.overallStatus(status()).studyType(studyType).phases(phases(studyType));
        b.design(design()).enrollment(enrollment());
        b.dates(new TrialDates(date("Date_enrollement"), null, null)).lastUpdate(lastUpdate());
        b.countries(ListFields.countries(text("Countries"))).conditions(ListFields.conditions(text("Condition")));
        b.interventions(interventions());
        b.eligibility(eligibility());
        outcomes(b);
        keep("Study design", text("Study_design"));
        keep("Secondary sponsor", text("Secondary_Sponsor"));
        keep("Source of support", text("Source_Support"));
        b.detailedDescription(unmapped.isEmpty() ? null : String.join("\n", unmapped));
        return new Mapped(b.build(), warnings);
    }

    private void ids(Trial.Builder b, String trialId) {
        RegistryId main = IdReader.main(trialId, text("Source_Register"));
        if (!IdReader.recognized(trialId)) {
            warn("TrialID " + trialId + " is not a registry id this reader knows; kept as written");
        }
        b.id(main.id()).registryIds(IdReader.all(main, text("Secondary_ID")));
    }

    private OverallStatus status() {
        String status = text("Recruitment_Status");
        if (status == null) {
            return null;
        }
        Optional<String> value = STATUSES.lookup(status);
        if (value.isEmpty() || value.get().equals(PhraseTable.NO_EQUIVALENT)) {
            warn("recruitment status '" + status + "' has no model equivalent; status left empty");
            return null;
        }
        return OverallStatus.valueOf(value.get());
    }

    private StudyType studyType() {
        String type = text("Study_type");
        if (type == null) {
            return null;
        }
        String t = type.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("interventional")) {
            return StudyType.INTERVENTIONAL;
        }
        if (t.startsWith("observational")) {
            return StudyType.OBSERVATIONAL;
        }
        if (t.startsWith("expanded access")) {
            return StudyType.EXPANDED_ACCESS;
        }
        warn("study type '" + type + "' not understood; left empty");
        return null;
    }

    private List<Phase> phases(StudyType studyType) {
        String phase = text("Phase");
        Optional<List<Phase>> phases = PhaseReader.read(phase);
        if (phases.isEmpty()) {
            warn("phase '" + phase + "' not understood; left empty");
            keep("Phase (unread)", phase);
            return List.of();
        }
        // a phase is a stage of testing an intervention; an observational study has none (ChiCTR writes "0")
        if (studyType == StudyType.OBSERVATIONAL && phases.get().stream().anyMatch(p -> p != Phase.NA)) {
            warn("an observational study states phase '" + phase + "'; no phase read");
            keep("Phase (unread)", phase);
            return List.of();
        }
        return phases.get();
    }

    private Design design() {
        String design = text("Study_design");
        if (DesignReader.unanswered(design)) {
            warn("the study design flags are all 'no' or blank (open, single and double blind too): a form saved"
                    + " unanswered; design left empty");
        }
        return DesignReader.read(design);
    }

    private Enrollment enrollment() {
        String size = text("Target_size");
        if (size == null) {
            return null;
        }
        if (size.matches("\\d{1,9}")) {
            return new Enrollment(Integer.parseInt(size), null);
        }
        if (GROUP_SIZES.matcher(size).matches()) {
            int total = 0;
            Matcher m = GROUP_SIZE.matcher(size);
            while (m.find()) {
                total += Integer.parseInt(m.group(1));
            }
            warn("target size '" + size + "' states group sizes; enrollment is their sum " + total);
            keep("Target size", size);
            return new Enrollment(total, null);
        }
        warn("target size '" + size + "' is not a number; left empty");
        keep("Target size (unread)", size);
        return null;
    }

    private String date(String field) {
        String text = text(field);
        String iso = PartialDates.toIso(text);
        if (text != null && iso == null) {
            warn(field + " '" + text + "' is not a date this reader knows; left empty");
            keep(field + " (unread)", text);
        }
        return iso;
    }

    private String lastUpdate() {
        String refreshed = date("Last_Refreshed_on");
        return refreshed != null ? refreshed : date("Date_registration");
    }

    /** The field's text, once when the export repeats it whole. */
    private String once(String field) {
        RepeatedText.Once once = RepeatedText.once(text(field));
        if (once.copies() > 1) {
            warn(field + " holds the same text " + once.copies() + " times over; read once");
        }
        return once.text();
    }

    private List<Intervention> interventions() {
        List<Intervention> read = InterventionReader.read(text("Intervention"));
        List<Intervention> distinct = read.stream().distinct().toList();
        if (distinct.size() < read.size()) {
            warn("Intervention lists the same intervention more than once; each read once");
        }
        return distinct;
    }

    private Eligibility eligibility() {
        EuPopulationSection.Split population = EuPopulationSection.split(once("Inclusion_Criteria"));
        if (!population.ageGroups().isEmpty()) {
            warn(EuPopulationSection.ageGroupsWarning(population.ageGroups()));
        }
        String inclusion = population.criteria();
        String exclusion = once("Exclusion_Criteria");
        if (inclusion != null && CriteriaText.inclusionBody(inclusion) == null) {
            warn("inclusion criteria are empty");
        }
        String criteria = CriteriaText.combine(inclusion, exclusion);
        List<String> lostSigns = LostSigns.find(criteria);
        if (!lostSigns.isEmpty()) {
            warn(LostSigns.warning(lostSigns));
        }
        return new Eligibility(age("Inclusion_agemin"), age("Inclusion_agemax"), sex(), null, criteria, List.of());
    }

    private org.trialworkbench.model.Age age(String field) {
        String text = text(field);
        Optional<AgeReader.Limit> limit = AgeReader.read(text);
        if (limit.isEmpty()) {
            warn(field + " '" + text + "' is not an age limit this reader knows; left empty");
            keep(field + " (unread)", text);
            return null;
        }
        return limit.get().age();
    }

    private Sex sex() {
        String text = text("Inclusion_gender");
        Optional<Sex> sex = SexReader.read(text);
        if (text != null && sex.isEmpty()) {
            warn("gender '" + text + "' not understood; left empty");
            keep("Gender (unread)", text);
        }
        return sex.orElse(null);
    }

    private void outcomes(Trial.Builder b) {
        List<String> objectives = new ArrayList<>();
        b.outcomes(new ArrayList<>());
        outcomeField(b, "Primary_outcome", OutcomeKind.PRIMARY, "P", objectives);
        outcomeField(b, "Secondary_outcome", OutcomeKind.SECONDARY, "S", objectives);
        b.briefSummary(objectives.isEmpty() ? null : String.join("\n", objectives));
    }

    private void outcomeField(Trial.Builder b, String field, OutcomeKind kind, String prefix, List<String> objectives) {
        String text = text(field);
        List<OutcomeReader.Item> items;
        if (EuEndpoints.applies(text)) {
            EuEndpoints.Result eu = EuEndpoints.read(text);
            items = eu.endpoints();
            objectives.addAll(eu.objectives());
        } else {
            items = OutcomeReader.read(text);
        }
        List<OutcomeReader.Item> stated = items.stream().filter(i -> !OutcomeReader.placeholder(i.measure())).toList();
        if (text != null && stated.isEmpty()) {
            if (items.isEmpty()) {
                warn(field + " has no end point text; kept in the description");
            }
            keep(field, text);
        }
        items = stated;
        OutcomeReader.keyed(items, kind, prefix).forEach(b::addOutcome);
    }

    private String text(String field) {
        return RegistryText.clean(raw.get(field));
    }

    private void keep(String label, String text) {
        if (text != null) {
            unmapped.add(label + ": " + text);
        }
    }

    private void warn(String message) {
        warnings.add(new ImportWarning(location, message));
    }
}
