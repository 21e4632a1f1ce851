package org.trialworkbench.analysis.thresholds;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trialworkbench.analysis.criteria.CriteriaReader;
import org.trialworkbench.analysis.criteria.RegistrySampleTexts;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.Threshold;

/**
 * Development survey (not a test): every criterion of the DEVELOPMENT material with a digit next to a
 * comparator cue, and what the reader makes of it. Run by hand:
 * {@code java -cp ... org.trialworkbench.analysis.thresholds.ThresholdDevSurvey [out-file]}.
 *
 * <p>Blind rule: in {@code ctgov-json/ctg-studies_NSCLC_100.json} the records with index i % 7 == 6 are a
 * blind evaluation set; they are skipped before their text is even extracted.
 */
public final class ThresholdDevSurvey {
    static final Path SEEDS = Path.of("/work/shared/seeds");
    static final String BLIND_FILE = "ctg-studies_NSCLC_100.json";

    /** A digit with a comparator symbol or word within a few characters before or after it. */
    static final Pattern CUE = Pattern.compile(
            "(?i)(?:[<>≤≥≦≧＜＞]|=<|=>|\\b(?:at least|less than|more than|greater than|lower than|higher than|fewer than"
            + "|above|below|over|under|exceed\\w*|up to|between|minimum|maximum|no more|not more|not less|no less)\\b)"
            + "[^\\n\\d]{0,12}\\d|\\d[^\\n\\d]{0,25}\\b(?:or (?:more|less|greater|higher|lower|above|below|older|younger|over|under|fewer)"
            + "|and (?:over|above|older|under|below))\\b");

    record Text(String source, String inclusion, String exclusion) {
    }

    private ThresholdDevSurvey() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = args.length > 0 ? new PrintStream(args[0], StandardCharsets.UTF_8) : System.out;
        CriteriaReader reader = new CriteriaReader();
        int criteria = 0;
        int cued = 0;
        int cuedRead = 0;
        int thresholds = 0;
        int uncuedRead = 0;
        int cues = 0;
        int cuesCovered = 0;
        for (Text t : texts()) {
            List<Criterion> cs = t.exclusion() == null ? reader.read(t.inclusion())
                    : reader.read(t.inclusion(), t.exclusion());
            for (Criterion c : cs) {
                criteria++;
                thresholds += c.thresholds().size();
                boolean cue = CUE.matcher(c.text()).find();
                if (!cue) {
                    if (!c.thresholds().isEmpty()) {
                        uncuedRead++;
                        print(out, "UNCUED", t, c);
                    }
                    continue;
                }
                cued++;
                if (!c.thresholds().isEmpty()) {
                    cuedRead++;
                }
                int[] cov = coverage(c);
                cues += cov[0];
                cuesCovered += cov[1];
                String tag = c.thresholds().isEmpty() ? "MISS" : cov[1] < cov[0] ? "PART" : "READ";
                print(out, tag, t, c);
            }
        }
        out.printf("SUMMARY criteria=%d cued=%d cuedWithReading=%d thresholds=%d uncuedWithReading=%d"
                + " cues=%d cuesInsideAReading=%d%n", criteria, cued, cuedRead, thresholds, uncuedRead, cues, cuesCovered);
        out.flush();
    }

    /** [cue occurrences, cue occurrences overlapping the span of a reading]. */
    private static int[] coverage(Criterion c) {
        List<int[]> spans = new ArrayList<>();
        for (Threshold th : c.thresholds()) {
            int at = c.text().indexOf(th.text());
            if (at >= 0) {
                spans.add(new int[] {at, at + th.text().length()});
            }
        }
        int total = 0;
        int covered = 0;
        var m = CUE.matcher(c.text());
        while (m.find()) {
            total++;
            int s = m.start();
            int e = m.end();
            if (spans.stream().anyMatch(sp -> sp[0] < e && s < sp[1])) {
                covered++;
            }
        }
        return new int[] {total, covered};
    }

    private static void print(PrintStream out, String tag, Text t, Criterion c) {
        out.println(tag + " " + t.source() + "/" + c.key() + " | " + c.text());
        for (Threshold th : c.thresholds()) {
            out.println("    -> " + th.parameter() + " " + th.comparator() + " " + th.value()
                    + (th.upper() == null ? "" : "-" + th.upper()) + " [" + th.unit() + "] norm=" + th.normalized()
                    + " " + th.flags() + " «" + th.text() + "»");
        }
    }

    /** Every development eligibility text: registry samples (blind records skipped) and seeds. */
    static List<Text> texts() throws IOException, XMLStreamException {
        List<Text> out = new ArrayList<>();
        for (RegistrySampleTexts.Sample sample : RegistrySampleTexts.all()) {
            if (!blind(sample.source())) {
                out.add(new Text(sample.source(), sample.text(), null));
            }
        }
        for (Path f : RegistrySampleTexts.files("ictrp-xml", ".xml")) {
            ictrp(f, out);
        }
        for (Path f : RegistrySampleTexts.files("euctr-html", ".html")) {
            euctr(f, out);
        }
        for (Path f : files(SEEDS, ".txt")) {
            out.add(new Text("seeds/" + f.getFileName(), Files.readString(f), null));
        }
        return out;
    }

    /** The blind evaluation records: every seventh record of the blind file, never read here. */
    private static boolean blind(String source) {
        String prefix = "ctgov-json/" + BLIND_FILE + "#";
        return source.startsWith(prefix) && Integer.parseInt(source.substring(prefix.length())) % 7 == 6;
    }

    private static void ictrp(Path f, List<Text> out) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(f)) {
            XMLStreamReader r = RegistrySampleTexts.xmlReader(in);
            String id = null;
            String inclusion = null;
            String exclusion = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "Trial" -> { id = null; inclusion = null; exclusion = null; }
                        case "TrialID" -> id = r.getElementText().strip();
                        case "Inclusion_Criteria" -> inclusion = brToLines(r.getElementText());
                        case "Exclusion_Criteria" -> exclusion = brToLines(r.getElementText());
                        default -> { }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Trial")) {
                    out.add(new Text("ictrp/" + id, inclusion == null ? "" : inclusion,
                            exclusion == null ? "" : exclusion));
                }
            }
            r.close();
        }
    }

    private static String brToLines(String s) {
        return s.replaceAll("(?i)<br\\s*/?>", "\n").replace("\r", "");
    }

    private static void euctr(Path f, List<Text> out) throws IOException {
        Document d = Jsoup.parse(f.toFile(), "UTF-8");
        String inclusion = cellAfter(d, "Principal inclusion criteria");
        String exclusion = cellAfter(d, "Principal exclusion criteria");
        if (inclusion != null || exclusion != null) {
            out.add(new Text("euctr/" + f.getFileName(), inclusion == null ? "" : inclusion,
                    exclusion == null ? "" : exclusion));
        }
    }

    private static String cellAfter(Document d, String label) {
        for (Element td : d.select("td")) {
            if (td.text().strip().endsWith(label)) {
                Element next = td.nextElementSibling();
                return next == null ? null : next.wholeText().replace("\r", "\n");
            }
        }
        return null;
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
