package org.trialworkbench.analysis.cohorts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.Quantity;

/**
 * Reads doses written as a number (plain, "1x10E6", "10^6", "1×10^6", "1.0E+06", "10e6",
 * "2 x 10^7", "one million", "10 million") followed by a unit from {@code units.tsv}.
 * <p>
 * Decisions: the value is a plain double (1x10E6 cells/kg is {@code Quantity(1.0E6, "cells/kg")});
 * "10e6" and "10E6" are read as 10^6, as registry writers mean (not 10×10^6); a number without a
 * unit is not a dose; the upper end of a range ("25-50 mg") is not reported as a dose, so a range
 * stays text for the caller.
 */
public final class DoseExpressionReader {
    private static final Map<String, String> UNITS = ResourceTable.pairs("units.tsv");
    private static final Map<String, String> WORDS = ResourceTable.pairs("number-words.tsv");
    private static final String NUMBER_WORDS = String.join("|", WORDS.keySet());
    private static final List<String> MULTIPLIERS = List.of("million", "billion", "thousand");
    private static final Pattern DOSE = dosePattern("|" + NUMBER_WORDS);
    /**
     * {@link #DOSE} for texts without "million", "billion" or "thousand": there a number word cannot
     * start a dose, and trying the number words at every word is most of the pattern's cost.
     */
    private static final Pattern DOSE_WITHOUT_NUMBER_WORDS = dosePattern("");
    private static final Pattern LIMIT_BEFORE = Pattern.compile(
            "(?:\\bup\\s+to|\\bmaximum(?:\\s+of)?|\\bmax\\.?|\\bat\\s+most|\\bnot\\s+exceed(?:ing)?|[≤<])\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STRENGTH_AFTER = Pattern.compile(
            "^\\s*(?:(?:and|or|,)\\s*[\\d.]+\\s*\\w+\\s+)?(?:\\w+\\s+)?(?:tablets?|capsules?|vials?|strength)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STATED_AS_DOSE = Pattern.compile(
            "(?:\\bdose\\s+of|\\bdosed\\s+at|\\bat\\s+a\\s+dose(?:\\s+of)?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE_BEFORE = Pattern.compile("(?:\\d\\s*[-–~]|\\d\\s+to)\\s*$");
    /** "33 ± 4 Gy": the number after a plus-minus sign is a tolerance, not a dose. */
    private static final Pattern TOLERANCE_BEFORE = Pattern.compile("(?:±|\\+\\s*/\\s*-)\\s*$");
    /** "1 g in 100 ml saline", "dissolved in 100ml": a volume the drug is given in is its vehicle, not its dose. */
    private static final Pattern VEHICLE_BEFORE = Pattern.compile("\\bin\\s+(?:a\\s+|an\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final String VOLUME = "mL";

    private static final int REMEMBERED_TEXTS = 64;
    /** The scans of the texts read last: the cohort readers ask again about the same arm and description texts. */
    private final Map<String, Scan> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Scan> eldest) {
            return size() > REMEMBERED_TEXTS;
        }
    };

    /** One read of a text: its doses, and whether it also gives a dose range (whose upper end is no dose). */
    private record Scan(List<DoseMatch> doses, boolean holdsRange) {
    }

    /** All doses in reading order; empty when none (never null). */
    public List<DoseMatch> findAll(String text) {
        return text == null ? new ArrayList<>() : new ArrayList<>(scanned(text).doses());
    }

    private Scan scanned(String text) {
        Scan known;
        synchronized (recent) {
            known = recent.get(text);
        }
        if (known == null) {
            known = scan(text);
            synchronized (recent) {
                recent.put(text, known);
            }
        }
        return known;
    }

    private static Scan scan(String text) {
        List<DoseMatch> out = new ArrayList<>();
        boolean range = false;
        boolean numberWords = mayHoldMultiplier(text);
        Matcher m = (numberWords ? DOSE : DOSE_WITHOUT_NUMBER_WORDS).matcher(text).useTransparentBounds(true);
        // without number words a dose starts with a digit or '.': the pattern runs from the next one
        for (int from = numberWords ? 0 : AsciiCase.nextDigitOrPoint(text, 0); from >= 0 && m.region(from, text.length()).find();
                from = numberWords ? m.end() : AsciiCase.nextDigitOrPoint(text, m.end())) {
            if (isUpperEndOfRange(text, m.start())) {
                range = true;
                continue;
            }
            if (isLimit(text, m.start()) || isTolerance(text, m.start())) {
                continue;
            }
            Double value = value(m);
            String unit = canonicalUnit(m.group("unit"));
            if (value != null && !(VOLUME.equals(unit) && isVehicle(text, m.start()))) {
                Quantity q = new Quantity(value, unit);
                out.add(new DoseMatch(q, m.group().strip(), m.start(), m.end()));
            }
        }
        return new Scan(List.copyOf(out), range);
    }

    /**
     * The first dose in the text, if any. A dose introduced as such ("at a dose of 300 mg") comes
     * first; a product strength ("150 mg and 50 mg tablets") is passed over when the text also
     * states a dose.
     */
    public Optional<DoseMatch> first(String text) {
        List<DoseMatch> all = findAll(text);
        return all.stream().filter(d -> STATED_AS_DOSE.matcher(text.substring(Math.max(0, d.start() - 20), d.start())).find())
                .findFirst()
                .or(() -> all.stream().filter(d -> !isStrength(text, d)).findFirst())
                .or(() -> all.stream().findFirst());
    }

    /**
     * The one dose of the text: present only when every dose it states (product strengths aside)
     * is the same quantity. A text giving different doses (several drugs, or a start and a later
     * dose) or a dose range besides has no single dose, and none is picked.
     */
    public Optional<DoseMatch> single(String text) {
        List<DoseMatch> given = given(text);
        long distinct = given.stream().map(DoseMatch::quantity).distinct().count();
        if (distinct != 1 || scanned(text).holdsRange()) {
            // a range ("Busulfan 0.8-1.0mg/kg/day") is a dose given too, though not read as one
            return Optional.empty();
        }
        return first(text).filter(given::contains).or(() -> Optional.of(given.get(0)));
    }

    /**
     * The doses the text gives: product strengths and injected volumes ("0.1 mg / 0.5 mL") are set
     * aside when it also states another dose.
     */
    public List<DoseMatch> given(String text) {
        List<DoseMatch> all = findAll(text);
        List<DoseMatch> notStrength = all.stream().filter(d -> !isStrength(text, d)).toList();
        List<DoseMatch> out = notStrength.isEmpty() ? all : notStrength;
        List<DoseMatch> notVolume = out.stream().filter(d -> !d.quantity().unit().equals("mL")).toList();
        return notVolume.isEmpty() ? out : notVolume;
    }

    /** True when the dose is a product strength: "150 mg tablets", "200 mg capsule". */
    boolean isStrength(String text, DoseMatch dose) {
        return STRENGTH_AFTER.matcher(text.substring(dose.end())).find();
    }

    /** "up to 1.8 mg" is a ceiling, not the dose given; it stays text. */
    private static boolean isLimit(String text, int start) {
        return LIMIT_BEFORE.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    private static boolean isTolerance(String text, int start) {
        return TOLERANCE_BEFORE.matcher(text.substring(Math.max(0, start - 6), start)).find();
    }

    private static boolean isVehicle(String text, int start) {
        return VEHICLE_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
    }

    private static boolean isUpperEndOfRange(String text, int start) {
        String before = text.substring(Math.max(0, start - 12), start);
        return RANGE_BEFORE.matcher(before).find();
    }

    private static Double value(Matcher m) {
        if (m.group("mant") != null) {
            return scaled(m.group("mant"), m.group("exp"));
        }
        if (m.group("pow") != null) {
            return scaled("1", m.group("pow"));
        }
        if (m.group("sci") != null) {
            // "10e6" is how people write 10^6; "1.0E+06" is ordinary scientific notation.
            String mantissa = m.group("sci").equals("10") ? "1" : m.group("sci");
            return scaled(mantissa, m.group("sexp"));
        }
        if (m.group("wnum") != null) {
            String number = WORDS.getOrDefault(m.group("wnum").toLowerCase(Locale.ROOT), m.group("wnum"));
            int power = switch (m.group("mult").toLowerCase(Locale.ROOT)) {
                case "billion" -> 9;
                case "million" -> 6;
                default -> 3;
            };
            return scaled(number, Integer.toString(power));
        }
        return new BigDecimal(m.group("plain").replace(",", "")).doubleValue();
    }

    private static double scaled(String mantissa, String exponent) {
        int exp = Integer.parseInt(exponent.replace("+", ""));
        return new BigDecimal(mantissa).scaleByPowerOfTen(exp).doubleValue();
    }

    static String canonicalUnit(String written) {
        String key = written.toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", "/").replaceAll("\\s+", " ");
        String unit = UNITS.get(key);
        return unit != null ? unit : UNITS.getOrDefault(written.toLowerCase(Locale.ROOT), written);
    }

    /**
     * A look-ahead for the first chars of the units: it holds wherever a unit starts, and spares the
     * unit alternation at every other place a number ends (and at each digit it backtracks to).
     * None when a unit starts with a char whose case folding a single char may not share with a
     * longer literal (a caseless non-ASCII letter like "ß").
     */
    private static String unitGate() {
        Set<String> firsts = new LinkedHashSet<>();
        for (String unit : UNITS.keySet()) {
            char c = unit.charAt(0);
            char upper = Character.toUpperCase(c);
            if (c == '/' || c == ' ' || c >= 128 && upper == Character.toLowerCase(upper)) {
                return "";
            }
            firsts.add(Pattern.quote(String.valueOf(c)));
        }
        return "(?=" + String.join("|", firsts) + ")";
    }

    private static Pattern dosePattern(String orNumberWords) {
        return Pattern.compile(
                "(?<![\\w.])(?:"
                        + "(?<mant>\\d+(?:\\.\\d+)?)\\s*[x×X*]\\s*10\\s*(?:\\\\?\\^|[eE]|\\*\\*?)\\s*\\(?(?<exp>[+-]?\\d{1,2})\\)?"
                        + "|10\\s*(?:\\\\?\\^|[eE])\\s*(?<pow>[+-]?\\d{1,2})"
                        + "|(?<sci>\\d+(?:\\.\\d+)?)[eE](?<sexp>[+-]?\\d{1,2})"
                        + "|(?<wnum>\\d+(?:\\.\\d+)?" + orNumberWords + ")\\s+(?<mult>" + String.join("|", MULTIPLIERS) + ")"
                        + "|(?<plain>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
                        + ")(?:\\s*±\\s*\\d+(?:\\.\\d+)?\\s*%)?\\s*" + unitGate() + "(?<unit>" + unitAlternation() + ")"
                        + "(?![\\w²]|\\s*/\\s*[A-Za-z])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** True when a multiplier word may be in the text, folding case as the pattern does (UNICODE_CASE). */
    private static boolean mayHoldMultiplier(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            folded[i] = c < 128 ? AsciiCase.lower(c) : Character.toLowerCase(Character.toUpperCase(c));
        }
        String f = new String(folded);
        return MULTIPLIERS.stream().anyMatch(f::contains);
    }

    private static String unitAlternation() {
        return UNITS.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(s -> Pattern.quote(s).replace("/", "\\E\\s*/\\s*\\Q").replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }
}
