package org.trialworkbench.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trialworkbench.model.Comparator;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;
import org.trialworkbench.model.Threshold;

/**
 * The criteria sections of the five seed pages, cut out the way an importer finds them (between
 * the page's own section labels), read into keyed criteria.
 */
class SeedCriteriaTest {
    private final CriteriaReader reader = new CriteriaReader();

    private static String seed(String name) throws IOException {
        try (InputStream in = SeedCriteriaTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    void seed000HasOnlyHeadersAndTableResidueSoNoCriteria() throws IOException {
        String cell = between(seed("000_ba20f4bf161fb405.txt"), "Inclusion Criteria:", "Sex/Gender");
        assertThat(cell).contains("Exclusion Criteria:").contains("|");
        assertThat(reader.read(cell)).isEmpty();
    }

    @Test
    void seed001SplitsAHeaderlessBulletListAtTheRestartedNumbering() throws IOException {
        String bullets = between(seed("001_9fb71e6dd1eeb2dc.txt"), "- All patients fulfilled", "Study & Design");
        List<Criterion> read = reader.read(bullets);
        assertThat(read).extracting(Criterion::key, Criterion::kind, Criterion::kindInferred).containsExactly(
                tuple("I1", CriterionKind.INCLUSION, true), tuple("I2", CriterionKind.INCLUSION, true),
                tuple("I3", CriterionKind.INCLUSION, true), tuple("I4", CriterionKind.INCLUSION, true),
                tuple("I5", CriterionKind.INCLUSION, true), tuple("E1", CriterionKind.EXCLUSION, true),
                tuple("E2", CriterionKind.EXCLUSION, true), tuple("E3", CriterionKind.EXCLUSION, true),
                tuple("E4", CriterionKind.EXCLUSION, true));
        assertThat(read.get(0).text()).isEqualTo("All patients fulfilled the American College of Rheumatology "
                + "(former American Rheumatism Association - ARA) for SSc");
        assertThat(read.get(3).text()).isEqualTo("digestive tract involvement: with serum albumin ,25 g/L or weight "
                + "loss exceeding 10% body weight in the preceding year");
        assertThat(read.get(5).text()).startsWith("Uncontrolled arrhythmia, echocardiographic left ventricular");
        assertThat(read.get(8).text()).isEqualTo("(4) HIV or HTLV1 seropositivity, malignancy, pregnancy, a cardiac "
                + "or vascular prosthesis, and no vascular access");
        assertThat(read.get(4).thresholds()).extracting(Threshold::parameter, Threshold::flags).containsExactly(
                tuple("proteinuria", List.of("UNIT_PER_24H_ASSUMED")),
                tuple("serum creatinine", List.of("UNIT_IMPLAUSIBLE", "LIKELY_UNIT:umol/L")));
        assertThat(read.get(3).thresholds().get(0).flags()).containsExactly("AMBIGUOUS_COMPARATOR");
    }

    @Test
    void seed002ReadsTheNumberedListsUnderTheirHeaders() throws IOException {
        String text = seed("002_c014f135a40a8c7f.txt");
        String section = text.substring(text.indexOf("Inclusion Criteria\n2."), text.indexOf("16 Years\n"));
        List<Criterion> read = reader.read(section);
        assertThat(read).extracting(Criterion::key).containsExactly(
                "I1", "I2", "I3", "E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8", "E9", "E10");
        assertThat(read).noneMatch(Criterion::kindInferred);
        assertThat(read.get(0).text()).isEqualTo("Written informed consent obtained from patient or parents/guardian.");
        assertThat(read.get(2).text()).isEqualTo(
                "Patients with newly diagnosed World Health Organization (WHO) Class III or IV Lupus Nephritis");
        assertThat(read.get(2).thresholds()).isEmpty();
        assertThat(read.get(6).text()).isEqualTo("Serum creatinine more than 250 µmol/L.");
        assertThat(read.get(7).text()).isEqualTo("White blood cell (WBC) count of less than 3.5 X 109/L.");
        assertThat(read.get(12).text()).startsWith("Any serious medical conditions or disability");
        Threshold sledai = read.get(1).thresholds().get(0);
        assertThat(sledai.parameter()).isEqualTo("SLEDAI");
        assertThat(sledai.comparator()).isEqualTo(Comparator.GT);
    }

    @Test
    void seed003SplitsTheJrctParagraphsAtTheirEnumeration() throws IOException {
        List<String> lines = seed("003_4f16fd12adea18a5.txt").lines().toList();
        String inclusion = lines.stream().filter(l -> l.startsWith("A patient aged")).findFirst().orElseThrow();
        String exclusion = lines.stream().filter(l -> l.startsWith("A patient with one of")).findFirst().orElseThrow();
        List<Criterion> read = reader.read(inclusion, exclusion);
        assertThat(read).extracting(Criterion::key).containsExactly(
                "I1", "I2", "I3", "E1", "E2", "E3", "E4", "E5", "E6", "E7");
        assertThat(read.get(0).text()).isEqualTo("A patient aged 16 to 64 who were diagnosed as systemic sclerosis "
                + "with performance status (ECOG) 0 to 2.");
        assertThat(read.get(1).text()).startsWith("Within 4 years after onset and modified Rodnan")
                .contains("1) Pulmonary complications:", "2) Renal complications:", "3) cardiac complications:")
                .endsWith("or pericardial effusion");
        assertThat(read.get(2).text()).isEqualTo("1) Involvement of sclerosis to the trunk within 2 years after onset, "
                + "mRSS is 20 or more, and 2) ESR is 25 mm/1h or more and/or Hb is 11 g/dL or less.");
        assertThat(read.get(3).text()).isEqualTo("A patient with one of the following severe organ complication,");
        assertThat(read.get(4).text()).startsWith("Heart: uncontrollable arrhythmia");
        assertThat(read.get(9).text()).isEqualTo("Cyclophosphamide is used more than 10 g in total.");
        assertThat(read.get(9).thresholds()).isEmpty();
        assertThat(read.get(0).thresholds()).extracting(Threshold::parameter, Threshold::comparator,
                Threshold::value, Threshold::upper).containsExactly(
                tuple("age", Comparator.BETWEEN, 16.0, 64.0), tuple("ECOG", Comparator.BETWEEN, 0.0, 2.0));
    }

    @Test
    void seed004HasNoCriteriaSection() throws IOException {
        String text = seed("004_31ad608487218485.txt");
        assertThat(text).doesNotContainIgnoringCase("inclusion criteria").doesNotContainIgnoringCase("exclusion criteria");
    }
}
