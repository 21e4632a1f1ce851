package org.trialworkbench.importer.euctr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbered fields of an EU CTR protocol page read from its text (extracted from the HTML, or
 * copied from a browser): lines "E.3 | Principal inclusion criteria | text" (cells separated by
 * " | " or tabs), with the value on the same line or on the lines that follow, up to the next
 * numbered line or heading. Headings ("D.IMP: 1", "E.5 End points") are kept in order as fields
 * without a value so that repeated groups (IMPs, active substances) can be told apart. The summary
 * lines at the top ("Trial Status: | Completed") are kept with a null code.
 */
final class EuctrPage {
    private static final Pattern CODE_LINE = Pattern.compile(
            "^([A-Z]\\.(?:\\d+(?:\\.\\d+)*\\.?)?(?:\\s+(?:and|to)\\s+[A-Z]\\.\\d+(?:\\.\\d+)*)?)(?:\\s*[|\\t]\\s*(.*)|\\s+(.*))?$");
    /** The register form's section titles: they end a multi-line value though their code has no number. */
    private static final Pattern SECTION_HEADING = Pattern.compile("(?i)^[A-Z]\\.\\s+(Protocol Information|Sponsor Information"
            + "|Applicant Identification|IMP Identification|General Information on the Trial|Population of Trial Subjects"
            + "|Investigator Networks to be involved in the Trial"
            + "|Review by the Competent Authority or Ethics Committee in the country concerned|End of Trial)$");
    private static final Pattern GROUP_HEADING = Pattern.compile("^([A-Z])\\.\\s?([A-Za-z][A-Za-z ]*):\\s*(\\d+)\\b.*");
    private static final Pattern SUMMARY_LINE = Pattern.compile("^([A-Z][A-Za-z' /()]{3,120}):\\s*[|\\t]\\s*(.+)$");
    private static final Pattern STOP_LINE = Pattern.compile("(?i)^(MedDRA Classification|EU Clinical Trials Register Service Desk:?)$");
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*(?:\\||\\t)\\s*");

    /** One field; {@code code} null for summary lines, {@code value} null for headings. */
    record Field(String code, String label, String value, boolean heading) {
    }

    private final List<Field> fields;

    private EuctrPage(List<Field> fields) {
        this.fields = fields;
    }

    static EuctrPage read(String text) {
        List<Field> fields = new ArrayList<>();
        String code = null;
        String label = null;
        StringBuilder continuation = null;
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Field parsed = parseLine(line, continuation != null);
            if (parsed == null && continuation != null && !STOP_LINE.matcher(line).matches()) {
                continuation.append(continuation.length() == 0 ? "" : "\n").append(line);
                continue;
            }
            if (continuation != null) {
                fields.add(new Field(code, label, continuation.length() == 0 ? null : continuation.toString(), false));
                continuation = null;
            }
            if (parsed == null) {
                continue;
            }
            if (parsed.value() == null && !parsed.heading()) {
                code = parsed.code();
                label = parsed.label();
                continuation = new StringBuilder();
            } else {
                fields.add(parsed);
            }
        }
        if (continuation != null) {
            fields.add(new Field(code, label, continuation.length() == 0 ? null : continuation.toString(), false));
        }
        return new EuctrPage(fields);
    }

    /**
     * A code line, a heading or a summary line; null for any other line. Inside a multi-line value
     * only numbered codes, letter codes followed by cells and the form's section titles end the value:
     * a criterion reading "E. coli infection" or "A. Adults" stays text.
     */
    private static Field parseLine(String line, boolean inValue) {
        Matcher group = GROUP_HEADING.matcher(line);
        if (group.matches()) {
            return new Field(group.group(1) + "." + group.group(2).strip() + ":" + group.group(3), line, null, true);
        }
        Matcher m = CODE_LINE.matcher(line);
        // "N. | Date of Competent Authority Decision | …" (a letter code, then cells) is a field too.
        boolean fieldStart = m.matches() && (m.group(1).matches(".*\\d.*") || m.group(2) != null
                || SECTION_HEADING.matcher(line).matches());
        if (m.matches() && (fieldStart || !inValue) && (m.group(2) != null || m.group(3) != null || line.length() <= 12)) {
            if (m.group(2) == null) {
                return new Field(m.group(1).strip(), m.group(3), null, m.group(3) != null);
            }
            String[] cells = CELL_SPLIT.split(m.group(2).strip(), 2);
            String value = cells.length > 1 && !cells[1].isBlank() ? cells[1].strip() : null;
            return new Field(m.group(1).strip(), cells[0].strip(), value, false);
        }
        Matcher summary = SUMMARY_LINE.matcher(line);
        if (!inValue && summary.matches()) {
            return new Field(null, summary.group(1).strip(), summary.group(2).strip(), false);
        }
        return null;
    }

    List<Field> fields() {
        return fields;
    }

    /** The first value of a code. */
    Optional<String> first(String code) {
        return fields.stream().filter(f -> code.equals(f.code()) && f.value() != null && !f.heading())
                .map(Field::value).filter(EuctrPage::stated).findFirst();
    }

    /** All values of a code, in page order. */
    List<String> all(String code) {
        return fields.stream().filter(f -> code.equals(f.code()) && f.value() != null && !f.heading())
                .map(Field::value).filter(EuctrPage::stated).toList();
    }

    /** The first stated value of a code whose label is {@code label} ("P." has several fields). */
    Optional<String> labelled(String code, String label) {
        return fields.stream().filter(f -> code.equals(f.code()) && label.equalsIgnoreCase(f.label())
                && f.value() != null && !f.heading()).map(Field::value).filter(EuctrPage::stated).findFirst();
    }

    /** The value of a summary line ("Trial Status"). */
    Optional<String> summary(String label) {
        return fields.stream().filter(f -> f.code() == null && label.equalsIgnoreCase(f.label()))
                .map(Field::value).filter(EuctrPage::stated).findFirst();
    }

    /** False for the register's placeholders for "nothing stated". */
    static boolean stated(String value) {
        if (value == null) {
            return false;
        }
        String v = value.strip();
        return !v.isEmpty() && !v.equalsIgnoreCase("Information not present in EudraCT")
                && !v.equalsIgnoreCase("NA") && !v.equalsIgnoreCase("N/A") && !v.equals("-");
    }
}
