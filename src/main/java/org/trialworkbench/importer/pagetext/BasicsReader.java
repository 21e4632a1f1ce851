package org.trialworkbench.importer.pagetext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.model.Enrollment;

/**
 * Reads an unlabelled "basic information" block of bare values (UNKNOWN, PHASE2, 25 participants,
 * INTERVENTIONAL, 2012-02-29, 2013-05-31), each value recognized by its shape.
 *
 * <p>Two dates without labels: the first is the start. Aggregator snapshots of ClinicalTrials.gov
 * records present "key timeline milestones" as study start and study completion (the primary
 * completion date is a ClinicalTrials.gov-specific milestone that such summaries leave out), so
 * the second is read as the completion date, with a warning that the page did not label it.
 */
final class BasicsReader {
    private static final Pattern PARTICIPANTS = Pattern.compile(
            "(\\d{1,9})\\s*(?:participants?|patients?|subjects?|people|persons?|enrolled)?", Pattern.CASE_INSENSITIVE);

    private BasicsReader() {
    }

    static void read(Section s, TrialDraft d) {
        List<String> dates = new ArrayList<>();
        for (String v : s.values()) {
            if (Vocabulary.get().status(v) != null) {
                d.trial.overallStatus(Vocabulary.get().status(v));
            } else if (Vocabulary.get().studyType(v) != null) {
                d.trial.studyType(Vocabulary.get().studyType(v));
            } else if (PageDates.readWhole(v) != null) {
                dates.add(PageDates.readWhole(v));
            } else if (!PhaseReader.read(v).isEmpty()) {
                d.trial.phases(PhaseReader.read(v));
            } else if (participants(v) != null) {
                d.trial.enrollment(new Enrollment(participants(v), null));
            } else {
                d.warn(s.label(), "value not understood: \"" + v + "\"");
            }
        }
        if (!dates.isEmpty()) {
            d.start = dates.get(0);
        }
        if (dates.size() > 1) {
            d.completion = dates.get(1);
            d.warn(s.label(), "the page gives the dates " + dates + " without labels: the first is read as the start"
                    + " date, the second as the study completion date (aggregator timelines show start and completion)");
        }
        if (dates.size() > 2) {
            d.warn(s.label(), "more than two unlabelled dates; only the first two were read");
        }
    }

    private static Integer participants(String v) {
        Matcher m = PARTICIPANTS.matcher(v.strip());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }
}
