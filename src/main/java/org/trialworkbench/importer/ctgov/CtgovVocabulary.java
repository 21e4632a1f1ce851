package org.trialworkbench.importer.ctgov;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.trialworkbench.model.Allocation;
import org.trialworkbench.model.ArmType;
import org.trialworkbench.model.DateType;
import org.trialworkbench.model.EnrollmentType;
import org.trialworkbench.model.InterventionModel;
import org.trialworkbench.model.InterventionType;
import org.trialworkbench.model.Masking;
import org.trialworkbench.model.OverallStatus;
import org.trialworkbench.model.Phase;
import org.trialworkbench.model.PrimaryPurpose;
import org.trialworkbench.model.Sex;
import org.trialworkbench.model.StudyType;

/**
 * Maps ClinicalTrials.gov wording of every generation (v2 constants such as {@code PHASE2}, v1 and
 * XML display text such as "Phase 2", "Unknown status", "None (Open Label)") to the model's enums.
 * The synonyms are in {@code vocabulary.properties}; a value that matches nothing is reported to
 * the log and left null, never guessed.
 */
public final class CtgovVocabulary {
    /** Marks a synonym meaning "not stated": no value, no warning. */
    private static final String NOT_STATED = "-";
    private static final Properties SYNONYMS = load();
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern NON_ALNUM = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");

    private CtgovVocabulary() {
    }

    public static OverallStatus status(String text, MappingLog log) {
        return map("status", OverallStatus.class, text, "overall status", log);
    }

    public static StudyType studyType(String text, MappingLog log) {
        return map("studyType", StudyType.class, text, "study type", log);
    }

    public static Phase phase(String text, MappingLog log) {
        return map("phase", Phase.class, text, "phase", log);
    }

    public static Allocation allocation(String text, MappingLog log) {
        return map("allocation", Allocation.class, text, "allocation", log);
    }

    public static InterventionModel interventionModel(String text, MappingLog log) {
        return map("interventionModel", InterventionModel.class, text, "intervention model", log);
    }

    public static Masking masking(String text, MappingLog log) {
        return map("masking", Masking.class, text, "masking", log);
    }

    public static PrimaryPurpose primaryPurpose(String text, MappingLog log) {
        return map("primaryPurpose", PrimaryPurpose.class, text, "primary purpose", log);
    }

    public static EnrollmentType enrollmentType(String text, MappingLog log) {
        return map("enrollmentType", EnrollmentType.class, text, "enrollment type", log);
    }

    public static DateType dateType(String text, MappingLog log) {
        return map("dateType", DateType.class, text, "date type", log);
    }

    public static Sex sex(String text, MappingLog log) {
        return map("sex", Sex.class, text, "sex", log);
    }

    public static ArmType armType(String text, MappingLog log) {
        return map("armType", ArmType.class, text, "arm type", log);
    }

    public static InterventionType interventionType(String text, MappingLog log) {
        return map("interventionType", InterventionType.class, text, "intervention type", log);
    }

    /** True when the text names an intervention type ("Drug", "Dietary Supplement", "DRUG"). */
    public static boolean isInterventionType(String text) {
        return lookup("interventionType", InterventionType.class, text) != null;
    }

    /** "Yes"/"Accepts Healthy Volunteers" → true, "No" → false; anything else is reported. */
    public static Boolean healthyVolunteers(String text, MappingLog log) {
        String token = token(text);
        if (token.isEmpty()) {
            return null;
        }
        if (token.equals("YES") || token.equals("TRUE") || token.startsWith("ACCEPTS_HEALTHY")) {
            return true;
        }
        if (token.equals("NO") || token.equals("FALSE")) {
            return false;
        }
        log.warn("healthy volunteers value '" + text + "' was not recognized; left empty");
        return null;
    }

    /** Upper-case letters and digits joined by "_", with parenthesised and bracketed parts removed. */
    static String token(String text) {
        if (text == null) {
            return "";
        }
        String s = BRACKETED.matcher(text).replaceAll(" ").toUpperCase(Locale.ROOT);
        return EDGE_UNDERSCORES.matcher(NON_ALNUM.matcher(s).replaceAll("_")).replaceAll("");
    }

    private static <E extends Enum<E>> E map(String kind, Class<E> type, String text, String what, MappingLog log) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E value = lookup(kind, type, text);
        if (value == null && !NOT_STATED.equals(SYNONYMS.getProperty(kind + "." + token(text)))) {
            log.warn(what + " '" + text.strip() + "' was not recognized; left empty");
        }
        return value;
    }

    private static <E extends Enum<E>> E lookup(String kind, Class<E> type, String text) {
        String token = token(text);
        String name = SYNONYMS.getProperty(kind + "." + token, token);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = CtgovVocabulary.class.getResourceAsStream("vocabulary.properties")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.properties is missing from the ctgov package");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
