package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.trialworkbench.importer.Detection;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.RegistryId;

/**
 * Label/value pages of third-party sites and the plain-text fallback: labels on their own lines
 * ("- Lead Sponsor", "Study Design") or before a colon, values on the following lines; help
 * sentences under headers are dropped when the page has that style; bare values in an
 * unlabelled block are read by shape. Ids come from labelled id fields, never from sections that
 * list other trials. Claims weakly any text that names a registry id and has recognizable labels.
 */
public final class AggregatorTextImporter implements TrialImporter {
    public static final String FORMAT = "aggregator-text";
    private static final Set<PageField> NOT_LABELS = EnumSet.of(PageField.PREAMBLE, PageField.GROUP);
    /** One-value fields; lines left under them belong to no label. */
    private static final Set<PageField> SCALARS = EnumSet.of(PageField.STATUS, PageField.SEX, PageField.ENROLLMENT,
            PageField.STUDY_TYPE);
    /** One-value fields of the recruitment and eligibility group, where unlabelled criteria appear. */
    private static final Set<PageField> RECRUITMENT = EnumSet.of(PageField.STATUS, PageField.SEX, PageField.ENROLLMENT);
    private static final int MIN_LABELS = 2;
    private static final int LIKELY_LABELS = 5;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Detection detect(DocumentHead head) {
        String text = head.trimmedText();
        if (!PageText.looksLikePlainText(text)) {
            return Detection.no("not plain text");
        }
        List<Section> sections = LabelledPage.split(text, LabelTable.AGGREGATOR);
        long labels = sections.stream().map(Section::field).filter(f -> !NOT_LABELS.contains(f)).distinct().count();
        boolean namesId = !ownIds(sections).isEmpty() || !PageIds.findAll(text).isEmpty();
        if (!namesId || labels < MIN_LABELS) {
            return Detection.no("no registry id with recognizable labels");
        }
        if (labels >= LIKELY_LABELS) {
            return Detection.of(60, labels + " page labels and a registry id");
        }
        return Detection.of(Detection.WEAK, "plain text naming a registry id with " + labels + " labels");
    }

    @Override
    public void parse(SourceDocument document, RecordSink sink) {
        PageImport.run(document, sink, AggregatorTextImporter::read, false);
    }

    static TrialDraft read(String text) {
        List<Section> sections = HelpSentences.drop(LabelledPage.split(text, LabelTable.AGGREGATOR));
        if (sections.stream().filter(s -> !NOT_LABELS.contains(s.field())).count() < MIN_LABELS) {
            return null;
        }
        TrialDraft d = new TrialDraft();
        sections = takeOrphanCriteria(sections, d);
        for (Section s : sections) {
            if (s.field() != PageField.RELATED) {
                SectionReader.read(s, d);
            }
        }
        addIds(sections, d);
        if (d.registryId() == null) {
            return null;
        }
        CriteriaRecovery.apply(d, "Detailed Description");
        PageChecks.eligibility(d, "Eligibility Criteria");
        PageChecks.outcomesPresent(d, sections.stream().anyMatch(s -> (s.field() == PageField.PRIMARY_OUTCOMES
                || s.field() == PageField.SECONDARY_OUTCOMES) && !s.isEmpty()));
        return d;
    }

    /**
     * Lines left under a one-value field ("Target Recruitment: 20" followed by bullets) belong to
     * no label. When the page has no eligibility label they are the criteria (sites that print the
     * criteria list without a header); otherwise they are reported and left out.
     */
    private static List<Section> takeOrphanCriteria(List<Section> sections, TrialDraft d) {
        boolean hasEligibility = sections.stream().anyMatch(s -> s.field() == PageField.ELIGIBILITY);
        List<Section> out = new ArrayList<>();
        for (Section s : sections) {
            if (!SCALARS.contains(s.field()) || s.lines().size() < 2) {
                out.add(s);
                continue;
            }
            List<String> orphans = s.lines().subList(1, s.lines().size());
            out.add(s.withLines(s.lines().subList(0, 1)));
            if (!hasEligibility && d.criteriaText == null && RECRUITMENT.contains(s.field())) {
                d.criteriaText = String.join("\n", orphans);
                d.warn("Eligibility Criteria", "criteria read from " + orphans.size() + " unlabelled lines after \""
                        + PageText.unbullet(s.label()) + "\"; the page gives no Inclusion/Exclusion headers");
            } else {
                d.warn(s.label(), orphans.size() + " unlabelled lines after this value were not read");
            }
        }
        return out;
    }

    private static void addIds(List<Section> sections, TrialDraft d) {
        List<RegistryId> own = ownIds(sections);
        own.forEach(d::addId);
        if (d.registryId() != null) {
            moveRegistryIdFirst(d);
            return;
        }
        for (Section s : sections) {
            if (s.field() != PageField.RELATED && s.text() != null && !PageIds.findAll(s.text()).isEmpty()) {
                d.addId(PageIds.findAll(s.text()).get(0));
                d.warn(s.label().isEmpty() ? "page" : s.label(), "the registry id was found in the text, not under an id label");
                moveRegistryIdFirst(d);
                return;
            }
        }
    }

    /** Ids stated under id labels (not under sections listing other trials). */
    private static List<RegistryId> ownIds(List<Section> sections) {
        List<RegistryId> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.field() == PageField.REGISTRY_ID && s.text() != null) {
                out.addAll(PageIds.findAll(s.text()));
            }
        }
        return out;
    }

    private static void moveRegistryIdFirst(TrialDraft d) {
        d.ids.sort((a, b) -> Boolean.compare(a.ofSponsor(), b.ofSponsor()));
    }
}
