package org.trialworkbench.importer.euctr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.importer.ImportWarning;
import org.trialworkbench.importer.ictrp.CriteriaText;
import org.trialworkbench.importer.ictrp.DesignReader;
import org.trialworkbench.importer.ictrp.EuPopulationSection;
import org.trialworkbench.importer.ictrp.PhaseReader;
import org.trialworkbench.importer.ictrp.PhraseTable;
import org.trialworkbench.importer.ictrp.SexReader;
import org.trialworkbench.model.Eligibility;
import org.trialworkbench.model.Enrollment;
import org.trialworkbench.model.Outcome;
import org.trialworkbench.model.OutcomeKind;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.RegistryIds;
import org.trialworkbench.model.StudyType;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.TrialDates;

/** Maps the fields of an EU CTR protocol page ({@link EuctrPage}) to a {@link Trial}. */
final class EuctrTrialMapper {
    private static final PhraseTable STATUSES = PhraseTable.load("recruitment-status.txt");
    private static final Pattern PHASE_LABEL = Pattern.compile("\\(Phase (I|II|III|IV)\\)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern AGE_GROUP = Pattern.compile("^F\\.1\\.");
    private static final Map<String, String> DESIGN_FLAGS = Map.of("E.8.1.1", "randomised", "E.8.1.2", "open",
            "E.8.1.3", "single blind", "E.8.1.4", "double blind", "E.8.1.5", "parallel group", "E.8.1.6", "cross over");

    private final EuctrPage page;
    private final String location;
    private final List<ImportWarning> warnings = new ArrayList<>();

    private EuctrTrialMapper(EuctrPage page, String location) {
        this.page = page;
        this.location = location;
    }

    record Mapped(Trial trial, List<ImportWarning> warnings) {
    }

    /** The trial, or empty when the page states no EudraCT number or no title. */
    static Optional<Mapped> map(EuctrPage page, String location) {
        return new EuctrTrialMapper(page, location).map();
    }

    private Optional<Mapped> map() {
        Optional<RegistryId> id = page.first("A.2").or(() -> page.summary("EudraCT Number")).flatMap(RegistryIds::recognize);
        Optional<String> fullTitle = page.first("A.3");
        String title = page.first("A.3.1").or(() -> fullTitle).orElse(null);
        if (id.isEmpty() || title == null) {
            return Optional.empty();
        }
        Trial.Builder b = Trial.builder().id(id.get().id()).addRegistryId(id.get()).briefTitle(oneLine(title))
                .officialTitle(fullTitle.map(EuctrTrialMapper::oneLine).orElse(null))
                .acronym(page.first("A.3.2").orElse(null)).leadSponsor(page.first("B.1.1").orElse(null))
                .studyType(StudyType.INTERVENTIONAL);
        otherIds(b);
        b.overallStatus(status()).phases(phases()).design(DesignReader.fromEuFlags(designFlags()));
        b.conditions(conditions()).countries(countries()).interventions(EuctrImpReader.read(page));
        b.enrollment(enrollment()).eligibility(eligibility()).outcomes(outcomes());
        b.briefSummary(objectives()).dates(new TrialDates(null, null, globalEnd()));
        return Optional.of(new Mapped(b.build(), warnings));
    }

    private void otherIds(Trial.Builder b) {
        page.first("A.4.1").ifPresent(code -> b.addRegistryId(new RegistryId(code, null)));
        for (EuctrPage.Field f : page.fields()) {
            if (f.code() != null && f.code().startsWith("A.5") && EuctrPage.stated(f.value())) {
                RegistryIds.recognize(f.value()).ifPresent(b::addRegistryId);
            }
        }
    }

    private OverallStatus status() {
        Optional<String> status = page.summary("Trial Status").or(() -> page.first("P."));
        if (status.isEmpty()) {
            return null;
        }
        Optional<String> value = STATUSES.lookup(status.get());
        if (value.isEmpty() || value.get().equals(PhraseTable.NO_EQUIVALENT)) {
            warn("trial status '" + status.get() + "' has no model equivalent; status left empty");
            return null;
        }
        return OverallStatus.valueOf(value.get());
    }

    /**
     * Section P's "Date of the global end of the trial": the end in every country, which is what the other
     * registries call the completion date. The page states no start date (the competent authority's and the
     * ethics committee's decision dates are approvals, not a start).
     */
    private String globalEnd() {
        return page.labelled("P.", "Date of the global end of the trial").map(String::strip)
                .filter(d -> ISO_DATE.matcher(d).matches()).orElse(null);
    }

    private List<Phase> phases() {
        Set<Phase> phases = new LinkedHashSet<>();
        for (EuctrPage.Field f : page.fields()) {
            if (f.code() != null && f.code().startsWith("E.7") && f.label() != null && yes(f.value())) {
                Matcher m = PHASE_LABEL.matcher(f.label());
                if (m.find()) {
                    phases.add(PhaseReader.fromRoman(m.group(1)));
                }
            }
        }
        if (phases.isEmpty()) {
            warn("no trial phase is marked Yes in section E.7");
        }
        return new ArrayList<>(phases);
    }

    private Map<String, Boolean> designFlags() {
        Map<String, Boolean> flags = new HashMap<>();
        DESIGN_FLAGS.forEach((code, label) -> page.first(code).filter(v -> yes(v) || no(v))
                .ifPresent(v -> flags.put(label, yes(v))));
        return flags;
    }

    private List<String> conditions() {
        Set<String> conditions = new LinkedHashSet<>();
        for (String code : List.of("E.1.1", "E.1.1.1")) {
            page.all(code).forEach(v -> v.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(conditions::add));
        }
        page.fields().stream().filter(f -> "E.1.2".equals(f.code()) && "Term".equalsIgnoreCase(f.label())
                && EuctrPage.stated(f.value())).forEach(f -> conditions.add(f.value()));
        if (conditions.isEmpty()) {
            warn("no medical condition (E.1.1) stated");
        }
        return new ArrayList<>(conditions);
    }

    private List<String> countries() {
        Set<String> countries = new LinkedHashSet<>();
        page.first("A.1").ifPresent(m -> countries.add(m.replaceFirst("\\s+-\\s+.*$", "").strip()));
        page.all("E.8.6.3").forEach(v -> v.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(countries::add));
        return new ArrayList<>(countries);
    }

    private Enrollment enrollment() {
        Optional<String> count = page.first("F.4.2.2").or(() -> page.first("F.4.1"));
        if (count.isPresent() && count.get().strip().matches("\\d{1,9}")) {
            return new Enrollment(Integer.parseInt(count.get().strip()), null);
        }
        return null;
    }

    private Eligibility eligibility() {
        String criteria = CriteriaText.combine(page.first("E.3").orElse(null), page.first("E.4").orElse(null));
        if (page.first("E.3").isEmpty()) {
            warn("no inclusion criteria (E.3) stated");
        }
        if (page.first("E.4").isEmpty()) {
            warn("no exclusion criteria (E.4) stated");
        }
        Boolean female = page.first("F.2.1").map(EuctrTrialMapper::yes).orElse(null);
        Boolean male = page.first("F.2.2").map(EuctrTrialMapper::yes).orElse(null);
        var sex = female == null && male == null ? null
                : SexReader.fromFlags(Boolean.TRUE.equals(female), Boolean.TRUE.equals(male)).orElse(null);
        List<String> groups = ageGroups();
        if (!groups.isEmpty()) {
            warn(EuPopulationSection.ageGroupsWarning(groups));
        }
        Boolean healthy = page.first("F.3.1").filter(v -> yes(v) || no(v)).map(EuctrTrialMapper::yes).orElse(null);
        return new Eligibility(null, null, sex, healthy, criteria, List.of());
    }

    private List<String> ageGroups() {
        List<String> groups = new ArrayList<>();
        for (EuctrPage.Field f : page.fields()) {
            if (f.code() != null && AGE_GROUP.matcher(f.code()).find() && yes(f.value()) && f.label() != null
                    && f.label().matches(".*\\(.*\\d.*\\).*")) {
                groups.add(f.label());
            }
        }
        return groups;
    }

    private List<Outcome> outcomes() {
        List<Outcome> outcomes = new ArrayList<>();
        page.first("E.5.1").ifPresent(m -> outcomes.add(new Outcome("P1", OutcomeKind.PRIMARY, m, null,
                page.first("E.5.1.1").orElse(null), null)));
        page.first("E.5.2").ifPresent(m -> outcomes.add(new Outcome("S1", OutcomeKind.SECONDARY, m, null,
                page.first("E.5.2.1").orElse(null), null)));
        if (outcomes.stream().noneMatch(o -> o.kind() == OutcomeKind.PRIMARY)) {
            warn("no primary end point (E.5.1) stated");
        }
        return outcomes;
    }

    private String objectives() {
        List<String> parts = new ArrayList<>();
        page.first("E.2.1").ifPresent(v -> parts.add("Main objective: " + v));
        page.first("E.2.2").ifPresent(v -> parts.add("Secondary objectives: " + v));
        return parts.isEmpty() ? null : String.join("\n", parts);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\n\\s*", " ").strip();
    }

    private static boolean yes(String v) {
        return v != null && v.strip().toLowerCase(Locale.ROOT).equals("yes");
    }

    private static boolean no(String v) {
        return v != null && v.strip().toLowerCase(Locale.ROOT).equals("no");
    }

    private void warn(String message) {
        warnings.add(new ImportWarning(location, message));
    }
}
