package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.RegistryId;

/**
 * Fills a {@link TrialDraft} from labelled sections; shared by the tabular, aggregator and
 * field-dump importers. Each field is read as the source states it; a value that cannot be read
 * becomes a warning, never a guess.
 */
final class SectionReader {
    private static final Pattern COUNT = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d{1,9})(?![\\d.])");
    private static final Set<String> DESIGN_SUB_LABELS = Set.of("allocation", "intervention model", "masking", "primary purpose");

    private SectionReader() {
    }

    static void readAll(List<Section> sections, TrialDraft d) {
        for (Section s : sections) {
            read(s, d);
        }
    }

    static void read(Section s, TrialDraft d) {
        switch (s.field()) {
            case PREAMBLE -> d.pageTitle = d.pageTitle != null || s.isEmpty() ? d.pageTitle : s.first();
            case REGISTRY_ID -> s.values().forEach(v -> PageIds.findAll(v).forEach(d::addId));
            case OTHER_IDS -> otherIds(s, d);
            case BRIEF_TITLE -> d.briefTitle = joined(s, " ");
            case OFFICIAL_TITLE -> d.officialTitle = joined(s, " ");
            case ACRONYM -> d.trial.acronym(joined(s, " "));
            case CONDITIONS -> d.trial.conditions(conditions(s));
            case LEAD_SPONSOR -> d.trial.leadSponsor(PageText.presentOrNull(s.first()));
            case SPONSORS -> sponsors(s, d);
            case BRIEF_SUMMARY -> d.trial.briefSummary(PageText.presentOrNull(s.text()));
            case DETAILED_DESCRIPTION -> d.detailedDescription = PageText.presentOrNull(s.text());
            case STATUS -> status(s, d);
            case SEX -> d.sex = s.isEmpty() ? d.sex : Vocabulary.get().sex(PageText.afterInnerLabel(s.first()));
            case ENROLLMENT -> enrollment(s, d);
            case STUDY_TYPE -> d.trial.studyType(s.isEmpty() ? null : Vocabulary.get().studyType(s.first()));
            case DESIGN -> design(s, d);
            case PHASE -> d.trial.phases(PhaseReader.read(joined(s, " ")));
            case PRIMARY_OUTCOMES -> outcomes(s, d, OutcomeKind.PRIMARY);
            case SECONDARY_OUTCOMES -> outcomes(s, d, OutcomeKind.SECONDARY);
            case OTHER_OUTCOMES -> outcomes(s, d, OutcomeKind.OTHER);
            case LOCATIONS -> s.values().forEach(l -> addCountry(d, Countries.ofLocation(l)));
            case COUNTRIES -> s.values().stream().filter(v -> !PageText.isAbsent(v))
                    .forEach(v -> addCountry(d, Countries.recognize(v) != null ? Countries.recognize(v) : v));
            case ELIGIBILITY -> eligibility(s, d);
            case AGES -> ages(AgeReader.range(joined(s, " ")), d);
            case MIN_AGE -> d.minimumAge = AgeReader.single(s.first());
            case MAX_AGE -> d.maximumAge = AgeReader.single(s.first());
            case HEALTHY_VOLUNTEERS -> d.healthyVolunteers = s.isEmpty() ? null : Vocabulary.get().yesNo(s.first());
            case BASICS -> BasicsReader.read(s, d);
            case ARMS -> d.trial.arms(EntryReader.arms(s.lines()));
            case INTERVENTIONS -> d.trial.interventions(EntryReader.interventions(s.lines()));
            case LAST_UPDATE -> d.trial.lastUpdate(PageDates.readStart(s.first()));
            case START_DATE -> d.start = PageDates.readStart(s.first());
            case PRIMARY_COMPLETION_DATE -> d.primaryCompletion = PageDates.readStart(s.first());
            case COMPLETION_DATE -> d.completion = PageDates.readStart(s.first());
            default -> { }
        }
    }

    /** The value lines joined; null when empty or "Not Provided". */
    static String joined(Section s, String separator) {
        return s.isEmpty() ? null : PageText.presentOrNull(String.join(separator, s.values()));
    }

    private static void otherIds(Section s, TrialDraft d) {
        for (String v : s.values()) {
            if (PageText.isAbsent(v) || isMetadataLine(v)) {
                continue;
            }
            List<RegistryId> found = PageIds.findAll(v);
            if (found.isEmpty()) {
                d.addId(new RegistryId(v, null));
            } else {
                found.forEach(d::addId);
            }
        }
    }

    /** "Identifier Source: org_study_id": a short label and a colon describe an id, they are none. */
    private static boolean isMetadataLine(String v) {
        int colon = v.indexOf(':');
        return colon > 0 && v.substring(0, colon).strip().split("\\s+").length <= 3;
    }

    private static List<String> conditions(Section s) {
        List<String> out = new ArrayList<>();
        for (String v : s.values()) {
            if (!PageText.isAbsent(v)) {
                out.addAll(GluedWords.split(v));
            }
        }
        return out;
    }

    private static void sponsors(Section s, TrialDraft d) {
        s.values().stream().filter(v -> !Vocabulary.get().isSponsorClass(v) && !PageText.isAbsent(v))
                .findFirst().ifPresent(d.trial::leadSponsor);
    }

    private static void status(Section s, TrialDraft d) {
        if (s.isEmpty()) {
            return;
        }
        var status = Vocabulary.get().status(s.first());
        if (status == null) {
            d.warn(s.label(), "recruitment status not understood: \"" + s.first() + "\"");
        }
        d.trial.overallStatus(status);
    }

    private static void enrollment(Section s, TrialDraft d) {
        if (s.isEmpty()) {
            return;
        }
        Matcher m = COUNT.matcher(s.first());
        if (!m.find()) {
            d.warn(s.label(), "enrollment not a number: \"" + s.first() + "\"");
            return;
        }
        String context = (s.label() + " " + s.first()).toLowerCase(Locale.ROOT);
        EnrollmentType type = context.contains("estimated") || context.contains("anticipated") ? EnrollmentType.ESTIMATED
                : context.contains("actual") ? EnrollmentType.ACTUAL : null;
        d.trial.enrollment(new Enrollment(Integer.parseInt(m.group(1).replace(",", "")), type));
    }

    private static void design(Section s, TrialDraft d) {
        boolean subLabel = DESIGN_SUB_LABELS.contains(PageText.normalize(s.label()));
        for (String v : s.values()) {
            d.design = DesignReader.read(subLabel ? s.label() + ": " + v : v, d.design);
        }
    }

    private static void outcomes(Section s, TrialDraft d, OutcomeKind kind) {
        var read = OutcomeReader.read(s.lines(), kind);
        if (read.isEmpty()) {
            d.warn(s.label(), kind.name().toLowerCase(Locale.ROOT) + " outcome measures: the page's field is empty or \"Not Provided\"; none were read");
        }
        d.setOutcomes(kind, read);
    }

    static void addCountry(TrialDraft d, String country) {
        if (country != null && !d.countries.contains(country)) {
            d.countries.add(country);
        }
    }

    private static void ages(AgeReader.Limits limits, TrialDraft d) {
        if (limits.minimum() != null) {
            d.minimumAge = limits.minimum();
        }
        if (limits.maximum() != null) {
            d.maximumAge = limits.maximum();
        }
    }

    private static void eligibility(Section s, TrialDraft d) {
        EligibilityValues.Split split = EligibilityValues.split(s.lines());
        split.apply(d);
        String text = split.criteria().isEmpty() ? null : String.join("\n", split.criteria());
        d.criteriaText = PageText.presentOrNull(text);
    }
}
