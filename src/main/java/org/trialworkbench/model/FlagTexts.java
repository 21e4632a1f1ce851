package org.trialworkbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Turns a cell entry's flags into badges and sentences, from {@code flags.properties}. A
 * {@code LIKELY_UNIT:<unit>} flag is an offer: it is attached to the warning it explains
 * ("unit implausible — µmol/L?") and never applied to the value. Unknown flags are shown as
 * written rather than dropped.
 */
public final class FlagTexts {
    public static final String LIKELY_UNIT = "LIKELY_UNIT:";
    private static final Properties TEXTS = load();

    private FlagTexts() {
    }

    /** The flags of one entry, in their order, with any LIKELY_UNIT offer folded into the first warning. */
    public static List<FlagText> of(List<String> flags) {
        String likelyUnit = flags.stream().filter(f -> f.startsWith(LIKELY_UNIT))
                .map(f -> f.substring(LIKELY_UNIT.length())).findFirst().orElse(null);
        List<FlagText> texts = new ArrayList<>();
        boolean offered = false;
        for (String flag : flags) {
            if (flag.startsWith(LIKELY_UNIT)) {
                continue;
            }
            FlagText t = one(flag);
            if (likelyUnit != null && !offered && t.warning()) {
                t = withOffer(t, likelyUnit);
                offered = true;
            }
            texts.add(t);
        }
        if (likelyUnit != null && !offered) {
            texts.add(withOffer(new FlagText(LIKELY_UNIT + likelyUnit, "unit?", "", true), likelyUnit));
        }
        return texts;
    }

    private static FlagText one(String flag) {
        String badge = TEXTS.getProperty(flag + ".badge");
        if (badge == null) {
            return new FlagText(flag, flag.toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                    "Flag " + flag + " (no description known).", true);
        }
        return new FlagText(flag, badge, TEXTS.getProperty(flag + ".explanation", ""),
                "warning".equals(TEXTS.getProperty(flag + ".level")));
    }

    private static FlagText withOffer(FlagText t, String code) {
        String unit = UnitNames.forReading(code);
        String sentence = "It would be plausible in " + unit + ": offered for you to check, not applied.";
        return new FlagText(t.flag(), t.badge() + " — " + unit + "?",
                t.explanation().isEmpty() ? sentence : t.explanation() + " " + sentence, t.warning());
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = FlagTexts.class.getResourceAsStream("flags.properties")) {
            if (in == null) {
                throw new IllegalStateException("flags.properties missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
