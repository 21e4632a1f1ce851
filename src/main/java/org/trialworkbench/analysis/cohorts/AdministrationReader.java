package org.trialworkbench.analysis.cohorts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trialworkbench.analysis.text.AsciiCase;
import org.trialworkbench.model.Offset;
import org.trialworkbench.model.Quantity;
import org.trialworkbench.model.TimeUnit;

/**
 * Reads the number of administrations, the interval and the route from a dosing phrase: "once",
 * "twice", "three times", "x3", "3 infusions", "for 4 days", "daily for 5 days", "every 3 weeks
 * for 4 cycles", "on days 0 and 28", "in 35 fractions". A frequency alone ("Q3W", "twice daily")
 * gives an interval but no count: the number of administrations is then unknown, not guessed.
 */
public final class AdministrationReader {
    private static final Map<String, String> WORDS = ResourceTable.pairs("number-words.tsv");
    private static final List<RouteWord> ROUTES = routePatterns();
    private static final String NUM = "(\\d+|" + String.join("|", WORDS.keySet()) + ")";
    private static final String UNIT = "(minute|hour|day|week|month|year)s?";
    private static final String NOT_FREQUENCY =
            "(?!\\s*(?:a|per|each|every)\\s+(?:day|week|month)|\\s*(?:daily|weekly|monthly)|[- ]?(?:a-)?day)";
    private static final int F = Pattern.CASE_INSENSITIVE;

    private static final String RADIATION_UNIT = "Gy";
    private static final Pattern FRACTIONS = Pattern.compile("(?:/|\\bin\\s+|\\bgiven in\\s+)?(\\d+)\\s*(?:fx|fractions)\\b", F);
    private static final Pattern EVERY_FOR = Pattern.compile(
            "\\b(?:every|each)\\s+" + NUM + "?\\s*-?\\s*" + UNIT + "\\s*(?:cycles?\\s*)?(?:\\([^)]*\\)\\s*)?for\\s+(?:up to\\s+)?" + NUM
                    + "\\s+(cycles|doses|courses|times|administrations|infusions)\\b", F);
    private static final Pattern DAILY_FOR = Pattern.compile(
            "(?<!times\\s)\\b(once daily|once a day|daily|qd|twice daily|twice a day|bid|weekly|once weekly|once a week)\\s+for\\s+"
                    + NUM + "\\s+(?:consecutive\\s+)?(days|weeks)\\b", F);
    private static final Pattern FOR_DAYS = Pattern.compile(
            "(?:\\bfor|(?<![\\w.])[x×])\\s*" + NUM + "\\s+(?:consecutive\\s+)?days\\b", F);
    private static final Pattern TIMES_WEEKLY_FOR = Pattern.compile(
            "\\b" + NUM + "\\s+times\\s+(?:weekly|a week|per week)\\s+for\\s+" + NUM + "\\s+weeks\\b", F);
    private static final Pattern ON_DAYS = Pattern.compile(
            "\\bon\\s+days?\\s+(\\d+(?:\\s*(?:,|and|&)\\s*\\d+)+)", F);
    private static final Pattern TIMES_WORD = Pattern.compile(
            "\\b(only once|once|twice|thrice|" + NUM + "\\s+times)\\b" + NOT_FREQUENCY, F);
    private static final Pattern SINGLE = Pattern.compile(
            "\\b(single[- ](?:dose|administration|injection|infusion|intravenous|iv)|one[- ]time|a single)\\b", F);
    private static final Pattern TIMES_SIGN = Pattern.compile(
            "(?<![\\w.]|\\d\\s)(?:×\\s?|x)(\\d+)\\b(?!\\s*(?:\\^|[eE]\\d|\\*|days))");
    private static final String[] COUNTED_NOUNS = {"infusions", "doses", "injections", "administrations", "immunizations",
        "immunisations", "vaccinations", "transfusions", "cycles", "courses", "treatments"};
    private static final Pattern COUNTED = Pattern.compile(
            "\\b" + NUM + "\\s+(?:(?:separate|consecutive|sequential|planned|total)\\s+)?"
                    + "(" + String.join("|", COUNTED_NOUNS) + ")\\b"
                    + "(?!(?:\\s+of\\s+[\\w-]+)?\\s+(?:are|will be|were|is)\\s+(?:to be\\s+)?(?:investigated|tested|evaluated|studied|explored|compared))", F);
    private static final Pattern ON_ONE_DAY = Pattern.compile(
            "\\bon\\s+(?:day|D)\\s*(\\d+)\\b(?!\\s*(?:-|–|to|and|,|of\\s+(?:each|every|the|cycle)))", F);
    private static final Pattern CYCLIC = Pattern.compile("\\bcycles?\\b|\\brepeat|\\bevery\\b|\\bQ\\d*[DWM]\\b", F);
    private static final Pattern MULTI_PER_PERIOD = Pattern.compile(
            "\\b(?:" + NUM + "\\s+times|twice|thrice)\\s+(?:a\\s+|per\\s+)?(?:weekly|week)\\b|\\b" + NUM
                    + "\\s+times\\s+(?:a\\s+|per\\s+)?(?:daily|day)\\b", F);
    /** "three times a day": administrations per day, for "for 7 days". */
    private static final Pattern TIMES_A_DAY = Pattern.compile("\\b(" + NUM + "\\s+times|twice|thrice)\\s+(?:a|per)\\s+day\\b", F);
    /** Words saying a dose repeats: then "once" or "a single" is not the number of administrations. */
    private static final Pattern REPEATS = Pattern.compile(
            "\\b(?:daily|weekly|monthly|every|per\\s+(?:day|week|month)|a\\s+(?:day|week|month)|Q\\d*[DWMH]|QW|BID|TID|QID)\\b|/\\s*day\\b", F);
    /** The amount a count is "of": "2 doses of 300 mg". */
    private static final Pattern COUNT_OF_AMOUNT = Pattern.compile("^\\s*of\\s+(\\d+(?:\\.\\d+)?)\\s*[a-zµ]", F);
    /** "for 14 days every 21 days", "for 5 days of each cycle": a count per cycle, not in all. */
    private static final Pattern PER_CYCLE_AFTER = Pattern.compile(
            "^\\s*(?:,\\s*)?(?:(?:of|in)\\s+)?(?:every|each|per)\\b|^\\s*(?:of|in)\\s+(?:a|the)\\s+\\d+[- ]?(?:day|week)s?\\s+cycle", F);
    /** A number ending a range ("4-6 cycles", "12-13 doses") or a ceiling ("to 35 cycles", "up to 9 doses") is not a count. */
    private static final Pattern RANGE_END = Pattern.compile("\\d\\s*[-–]\\s*$|\\bto\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERY = Pattern.compile("\\b(?:every|each)\\s+(?:(other)\\s+|" + NUM + ")?\\s*-?\\s*" + UNIT, F);
    private static final Pattern Q_CODE = Pattern.compile("\\bQ(\\d*)(D|W|M)\\b");
    private static final Pattern PLAIN_FREQ = Pattern.compile("\\b(twice daily|twice a day|bid|daily|once daily|weekly)\\b", F);

    /** Reads the first statement of count (and its interval) and the first route in the text. */
    public Administration read(String text) {
        return read(text, true);
    }

    /**
     * As {@link #read(String)}, for the administrations of {@code dose}: fractions ("37.5 Gy/15 fractions")
     * count radiation doses only, so in a text that also plans radiotherapy they are not a drug's count.
     */
    public Administration read(String text, Quantity dose) {
        Administration found = read(text, dose == null || RADIATION_UNIT.equals(dose.unit()));
        return dose != null && countsAnotherDose(text, found, dose)
                ? new Administration(null, found.interval(), found.route(), null) : found;
    }

    /**
     * True when the count was read as "N doses of X" with X another amount than {@code dose}: "600 mg daily
     * (2 doses of 300 mg ...)" counts the 300 mg doses of a day, not administrations of 600 mg.
     */
    private static boolean countsAnotherDose(String text, Administration found, Quantity dose) {
        if (found.count() == null || found.text() == null) {
            return false;
        }
        int at = text.indexOf(found.text());
        Matcher of = COUNT_OF_AMOUNT.matcher(at < 0 ? "" : text.substring(at + found.text().length()));
        return of.find() && Double.parseDouble(of.group(1)) != dose.value();
    }

    private Administration read(String text, boolean fractions) {
        if (text == null || text.isBlank()) {
            return Administration.NONE;
        }
        Administration found = firstCount(text, fractions);
        if (found.interval() == null) {
            Offset interval = frequency(text);
            found = new Administration(found.count(), interval, null, found.text());
        }
        return found.withRoute(route(text));
    }

    /** The route named in the text ("intravenous", "oral" ...), or null. */
    public String route(String text) {
        if (text == null) {
            return null;
        }
        int best = Integer.MAX_VALUE;
        String route = null;
        String lower = AsciiCase.lower(text);
        for (RouteWord w : ROUTES) {
            // no match starts before the word's first occurrence: the pattern runs from there, if at all
            int at = lower.indexOf(w.lower());
            if (at < 0 || at >= best) {
                continue;
            }
            Matcher m = w.pattern().matcher(text).useTransparentBounds(true).region(at, text.length());
            if (m.find() && m.start() < best) {
                best = m.start();
                route = w.route();
            }
        }
        return route;
    }

    /** A route word of {@code routes.tsv}, lowered as the case-insensitive pattern folds it, and the route. */
    private record RouteWord(String lower, Pattern pattern, String route) {
    }

    private static List<RouteWord> routePatterns() {
        List<RouteWord> out = new ArrayList<>();
        ResourceTable.pairs("routes.tsv").forEach((word, route) -> out.add(new RouteWord(AsciiCase.lower(word),
                Pattern.compile("(?<![\\w.])" + Pattern.quote(word) + "(?![\\w])", F), route)));
        return out;
    }

    private Administration firstCount(String text, boolean fractions) {
        List<Administration> candidates = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        // A pattern runs only when the text holds a word it cannot match without (indexOf in the text
        // lowered once, as the case-insensitive patterns fold it): most texts hold few of them.
        String lower = AsciiCase.lower(text);
        if (fractions && holdsAny(lower, "fx", "fractions")) {
            collect(FRACTIONS.matcher(text), m -> count(m.group(1), null, m.group()), candidates, positions);
        }
        if (holdsAny(lower, "every", "each") && lower.contains("for")) {
            collect(EVERY_FOR.matcher(text), m -> count(m.group(3), offset(m.group(1), m.group(2)), m.group()), candidates, positions);
        }
        if (lower.contains("for") && holdsAny(lower, "daily", "a day", "qd", "bid", "weekly", "a week")) {
            collect(DAILY_FOR.matcher(text), m -> perCycle(text, m) ? null : dailyFor(m), candidates, positions);
        }
        if (lower.contains("times") && lower.contains("weeks")) {
            collect(TIMES_WEEKLY_FOR.matcher(text), m -> count(Integer.toString(number(m.group(1)) * number(m.group(2))), null,
                    m.group()), candidates, positions);
        }
        if (lower.contains("days")) {
            collect(FOR_DAYS.matcher(text), m -> perCycle(text, m) ? null : forDays(m, text), candidates, positions);
        }
        if (lower.contains("day")) {
            collect(ON_DAYS.matcher(text), this::onDays, candidates, positions);
        }
        boolean repeats = REPEATS.matcher(text).find();
        if (!repeats && !CYCLIC.matcher(text).find()) {
            // "on day 1" of a repeating cycle or dosing ("q12h ... given on Day 14") is not a single administration.
            collect(ON_ONE_DAY.matcher(text), m -> count("1", null, m.group()), candidates, positions);
        }
        if (holdsAny(lower, "once", "twice", "thrice", "times")) {
            collect(TIMES_WORD.matcher(text), m -> onceUnlessRepeated(timesWord(m.group(1)), repeats, m.group()), candidates, positions);
        }
        if (holdsAny(lower, "single", "one") && !repeats) {
            collect(SINGLE.matcher(text), m -> count("1", null, m.group()), candidates, positions);
        }
        collect(TIMES_SIGN.matcher(text), m -> count(m.group(1), null, m.group()), candidates, positions);
        if (holdsAny(lower, COUNTED_NOUNS)) {
            collect(COUNTED.matcher(text), m -> RANGE_END.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()
                    ? null : count(m.group(1), null, m.group()), candidates, positions);
        }
        int best = -1;
        for (int i = 0; i < candidates.size(); i++) {
            if (best < 0 || positions.get(i) < positions.get(best)) {
                best = i;
            }
        }
        return best < 0 ? Administration.NONE : candidates.get(best);
    }

    private interface Reading {
        Administration read(Matcher m);
    }

    /** Keeps the first match of each pattern; overlapping patterns are ranked by position. */
    private static boolean holdsAny(String lower, String... words) {
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Matcher m, Reading reading, List<Administration> out, List<Integer> positions) {
        while (m.find()) {
            Administration a = reading.read(m);
            if (a != null) {
                out.add(a);
                positions.add(m.start());
                return;
            }
        }
    }

    private Administration dailyFor(Matcher m) {
        String freq = m.group(1).toLowerCase(Locale.ROOT);
        int n = number(m.group(2));
        boolean weeks = m.group(3).toLowerCase(Locale.ROOT).startsWith("week");
        if (freq.contains("week")) {
            return weeks ? new Administration(n, new Offset(1, TimeUnit.WEEK, null), null, m.group()) : null;
        }
        int days = weeks ? n * 7 : n;
        boolean twice = freq.startsWith("twice") || freq.equals("bid");
        Offset interval = twice ? new Offset(12, TimeUnit.HOUR, null) : new Offset(1, TimeUnit.DAY, null);
        return new Administration(twice ? days * 2 : days, interval, null, m.group());
    }

    private static boolean perCycle(String text, Matcher m) {
        return PER_CYCLE_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40))).find();
    }

    /**
     * "once" (or "a single ...") in a text saying the dose repeats ("once daily", "once every 3 weeks",
     * "a single injection qw") is not one administration in all.
     */
    private static Administration onceUnlessRepeated(String number, boolean repeats, String text) {
        return repeats && "1".equals(number) ? null : count(number, null, text);
    }

    /** "for 21 days" is one administration a day, unless the text says twice daily or "three times a day". */
    private static Administration forDays(Matcher m, String text) {
        int days = number(m.group(1));
        Matcher perDay = TIMES_A_DAY.matcher(text);
        if (perDay.find()) {
            int times = number(timesWord(perDay.group(1)));
            return days > 0 && times > 0 ? new Administration(days * times, null, null, m.group().strip()) : null;
        }
        Offset interval = frequency(text);
        if (interval != null && interval.unit() == TimeUnit.HOUR && interval.value() == 12) {
            return new Administration(days * 2, interval, null, m.group().strip());
        }
        return days > 0 ? new Administration(days, new Offset(1, TimeUnit.DAY, null), null, m.group().strip()) : null;
    }

    private Administration onDays(Matcher m) {
        String[] days = m.group(1).split("\\s*(?:,|and|&)\\s*");
        Integer step = null;
        for (int i = 1; i < days.length; i++) {
            int d = Integer.parseInt(days[i].strip()) - Integer.parseInt(days[i - 1].strip());
            step = (step == null || step == d) ? Integer.valueOf(d) : Integer.valueOf(-1);
        }
        Offset interval = step != null && step > 0 ? new Offset(step, TimeUnit.DAY, null) : null;
        return new Administration(days.length, interval, null, m.group());
    }

    private static String timesWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("once")) {
            return "1";
        }
        return switch (w) {
            case "twice" -> "2";
            case "thrice" -> "3";
            default -> w.replaceAll("\\s+times$", "");
        };
    }

    private static Administration count(String number, Offset interval, String text) {
        int n = number(number);
        return n > 0 ? new Administration(n, interval, null, text.strip()) : null;
    }

    /** The earliest frequency in the text: "every 3 weeks", "Q3W", "twice daily", "weekly". */
    private static Offset frequency(String text) {
        if (MULTI_PER_PERIOD.matcher(text).find()) {
            return null; // "three times weekly" has no single interval
        }
        Offset best = null;
        int at = Integer.MAX_VALUE;
        Matcher every = EVERY.matcher(text);
        if (every.find()) {
            // "every other week" is every 2 weeks.
            best = offset(every.group(1) != null ? "2" : every.group(2), every.group(3));
            at = every.start();
        }
        Matcher q = Q_CODE.matcher(text);
        if (q.find() && q.start() < at) {
            int n = q.group(1).isEmpty() ? 1 : Integer.parseInt(q.group(1));
            TimeUnit unit = switch (q.group(2)) {
                case "D" -> TimeUnit.DAY;
                case "W" -> TimeUnit.WEEK;
                default -> TimeUnit.MONTH;
            };
            best = new Offset(n, unit, q.group());
            at = q.start();
        }
        Matcher plain = PLAIN_FREQ.matcher(text);
        if (plain.find() && plain.start() < at) {
            String f = plain.group(1).toLowerCase(Locale.ROOT);
            boolean twice = f.startsWith("twice") || f.equals("bid");
            best = f.equals("weekly") ? new Offset(1, TimeUnit.WEEK, plain.group())
                    : twice ? new Offset(12, TimeUnit.HOUR, plain.group()) : new Offset(1, TimeUnit.DAY, plain.group());
        }
        return best;
    }

    private static Offset offset(String number, String unit) {
        int n = number == null ? 1 : number(number);
        return new Offset(n, TimeUnit.valueOf(unit.toUpperCase(Locale.ROOT)), null);
    }

    static int number(String written) {
        String w = written.strip().toLowerCase(Locale.ROOT);
        String digits = WORDS.getOrDefault(w, w);
        return digits.matches("\\d+") ? Integer.parseInt(digits) : -1;
    }
}
