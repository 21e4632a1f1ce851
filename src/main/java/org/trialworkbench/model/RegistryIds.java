package org.trialworkbench.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes registry identifiers in their many spellings and gives each one canonical form, so
 * that copies of a trial from different registries match. EudraCT numbers become
 * {@code EUCTR2021-000037-14} (the member-state suffix of ICTRP's EUCTR records is dropped: those
 * records are one trial); ICTRP's {@code JPRN-} prefix is dropped from jRCT and UMIN ids.
 */
public final class RegistryIds {
    public static final String CTGOV = "ClinicalTrials.gov";
    public static final String JRCT = "jRCT";
    public static final String UMIN = "UMIN-CTR";
    public static final String EUCTR = "EUCTR";
    public static final String CTIS = "CTIS";
    public static final String CHICTR = "ChiCTR";
    public static final String ISRCTN = "ISRCTN";
    public static final String ANZCTR = "ANZCTR";
    public static final String CTRI = "CTRI";
    public static final String DRKS = "DRKS";
    public static final String CRIS = "CRIS";
    public static final String NL_OMON = "NL-OMON";
    public static final String JAPIC = "JapicCTI";
    public static final String JMA = "JMA-IIA";
    public static final String PACTR = "PACTR";
    public static final String IRCT = "IRCT";
    public static final String REBEC = "ReBec";
    public static final String RPCEC = "RPCEC";
    public static final String TCTR = "TCTR";
    public static final String SLCTR = "SLCTR";
    public static final String LBCTR = "LBCTR";
    public static final String ITMCTR = "ITMCTR";

    private record Kind(String registry, Pattern pattern) {
    }

    // Order matters: CTIS numbers (YYYY-NNNNNN-NN-NN) before EudraCT numbers (YYYY-NNNNNN-NN).
    private static final List<Kind> KINDS = List.of(
            new Kind(CTGOV, Pattern.compile("\\b(NCT)\\s?(\\d{8})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(JRCT, Pattern.compile("\\b(?:JPRN-)?(jRCT[a-z]?)(\\d{9,10})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(UMIN, Pattern.compile("\\b(?:JPRN-)?(UMIN)(?:-CTR)?\\s?(\\d{9})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(JAPIC, Pattern.compile("\\b(?:JPRN-)?(JapicCTI)-?(\\d{6})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(JMA, Pattern.compile("\\b(?:JPRN-)?(JMA-IIA)(\\d{5})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(CTIS, Pattern.compile("\\b(?:CTIS\\s?)?()(\\d{4}-5\\d{5}-\\d{2}-\\d{2})\\b")),
            new Kind(EUCTR, Pattern.compile("\\b(?:EUCTR|EudraCT(?:\\s*(?:number|no\\.?|#))?[:\\s]*)?()((?:19|20)\\d{2}-\\d{6}-\\d{2})(?:-[A-Z]{2,3})?\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(CHICTR, Pattern.compile("\\b(ChiCTR)-?((?:[A-Z]{2,4}-)?\\d{7,10})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(ISRCTN, Pattern.compile("\\b(ISRCTN)\\s?(\\d{8})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(ANZCTR, Pattern.compile("\\b(ACTRN)(\\d{14})p?\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(CTRI, Pattern.compile("\\b(CTRI)/?(\\d{4}/\\d{2,3}/\\d{6})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(DRKS, Pattern.compile("\\b(DRKS)(\\d{8})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(CRIS, Pattern.compile("\\b(KCT)(\\d{7})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(NL_OMON, Pattern.compile("\\b(NL-OMON)(\\d+)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(PACTR, Pattern.compile("\\b(PACTR)(\\d{15})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(IRCT, Pattern.compile("\\b(IRCT)(\\d{10,}N\\d+)\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(REBEC, Pattern.compile("\\b(RBR)-(\\w{6,8})\\b")),
            new Kind(TCTR, Pattern.compile("\\b(TCTR)(\\d{11})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(SLCTR, Pattern.compile("\\b(SLCTR)/(\\d{4}/\\d{3})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(LBCTR, Pattern.compile("\\b(LBCTR)(\\d{10})\\b", Pattern.CASE_INSENSITIVE)),
            new Kind(ITMCTR, Pattern.compile("\\b(ITMCTR)(\\d{10})\\b", Pattern.CASE_INSENSITIVE)));

    private RegistryIds() {
    }

    /** The registry id a whole string is, in canonical form; empty when it is no registry id. */
    public static Optional<RegistryId> recognize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern.matcher(s);
            if (m.matches() || (m.reset().find() && m.start() == 0 && m.end() == s.length())) {
                return Optional.of(canonical(kind, m));
            }
        }
        return Optional.empty();
    }

    /** Every registry id mentioned in a text, canonical, in order of first mention, no repeats. */
    public static List<RegistryId> findAll(String text) {
        if (text == null) {
            return List.of();
        }
        List<int[]> taken = new ArrayList<>();
        List<Map.Entry<Integer, RegistryId>> hits = new ArrayList<>();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern.matcher(text);
            while (m.find()) {
                if (!overlaps(taken, m.start(), m.end())) {
                    taken.add(new int[] {m.start(), m.end()});
                    hits.add(Map.entry(m.start(), canonical(kind, m)));
                }
            }
        }
        hits.sort(Map.Entry.comparingByKey());
        Set<RegistryId> found = new LinkedHashSet<>();
        hits.forEach(h -> found.add(h.getValue()));
        return new ArrayList<>(found);
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }

    private static RegistryId canonical(Kind kind, Matcher m) {
        String prefix = m.group(1);
        String number = m.group(2);
        String id = switch (kind.registry) {
            case CTGOV -> "NCT" + number;
            case JRCT -> "jRCT" + prefix.substring(4).toLowerCase(Locale.ROOT) + number;
            case UMIN -> "UMIN" + number;
            case EUCTR -> "EUCTR" + number;
            case CTIS -> number;
            case CHICTR -> "ChiCTR" + number.toUpperCase(Locale.ROOT);
            case CTRI -> "CTRI/" + number;
            case REBEC -> "RBR-" + number;
            case SLCTR -> "SLCTR/" + number;
            case JAPIC -> "JapicCTI-" + number;
            default -> prefix.toUpperCase(Locale.ROOT) + number;
        };
        if (kind.registry.equals(NL_OMON)) {
            id = "NL-OMON" + number;
        }
        return new RegistryId(id, kind.registry);
    }
}
