package org.trialworkbench.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;

class CriteriaReaderTest {
    private final CriteriaReader reader = new CriteriaReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Inclusion Criteria:                          | INCLUSION
        INCLUSION CRITERIA                           | INCLUSION
        Key inclusion criteria                       | INCLUSION
        Criteria for inclusion:                      | INCLUSION
        **Inclusion Criteria:**                      | INCLUSION
        -INCLUSION CRITERIA:                         | INCLUSION
        Inclusion Criteria：                          | INCLUSION
        Patients must meet ALL of the following:     | INCLUSION
        Subjects must meet all the following inclusion criteria to be eligible for participation in this study: | INCLUSION
        Exclusion Criteria:                          | EXCLUSION
        Key exclusion criteria                       | EXCLUSION
        Criteria for exclusion                       | EXCLUSION
        Exclusion criteria -                         | EXCLUSION
        EXCLUSION CRITERIA:                          | EXCLUSION
        Patients will be excluded if                 | EXCLUSION
        Subjects will be excluded if they meet any of the following criteria: | EXCLUSION
        """)
    void recognisesHeaderSpellings(String header, CriterionKind kind) {
        List<Criterion> read = reader.read(header + "\n1. Adults\n2. Signed consent");
        assertThat(read).extracting(Criterion::kind).containsExactly(kind, kind);
        assertThat(read).extracting(Criterion::text).containsExactly("Adults", "Signed consent");
        assertThat(read).noneMatch(Criterion::kindInferred);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        1. one\\n2. two\\n3. three          | one;two;three
        1) one\\n2) two                     | one;two
        (1) one\\n(2) two                   | one;two
        a) one\\nb) two                     | one;two
        - one\\n- two                       | one;two
        * one\\n* two                       | one;two
        • one\\n• two                       | one;two
        i. one\\nii. two\\niii. three       | one;two;three
        i) one\\nii) two                    | one;two
        """)
    void splitsEveryMarkerShape(String text, String expected) {
        List<Criterion> read = reader.read("Inclusion criteria:\n" + text.replace("\\n", "\n"));
        assertThat(read).extracting(Criterion::text).containsExactly(expected.split(";"));
        assertThat(read).extracting(Criterion::key).startsWith("I1");
    }

    @Test
    void keepsSubItemsInsideTheirParent() {
        String text = """
            Inclusion Criteria:

            * lung involvement: with
              * VC below 70%
              * DLCO below 70%
            * Signed consent
            1. Organ function:
            a) ANC >= 1500/mm3
            b) Platelets >= 100,000/mm3
            2. Adults
            """;
        List<Criterion> read = reader.read(text);
        assertThat(read).extracting(Criterion::text).containsExactly(
                "lung involvement: with * VC below 70% * DLCO below 70%", "Signed consent",
                "Organ function: a) ANC >= 1500/mm3 b) Platelets >= 100,000/mm3", "Adults");
        assertThat(read.get(0).thresholds()).hasSize(2);
        assertThat(read.get(2).thresholds()).hasSize(2);
    }

    @Test
    void keepsAlternativesOfAnInclusionLeadInTogetherButExclusionsApart() {
        // DRKS00021577 via ICTRP: "have to suffer from one of the following disease entities:" then "- ..." items at the
        // lead-in's own indent; split apart, the three alternatives would read as three required conditions
        String text = """
            Inclusion criteria:
            Participants must have one of the following conditions:
            - type 2 diabetes
            - impaired fasting glucose

            Signed informed consent.

            Adequate organ function without any transfusion, as defined by:
            - ANC >= 1500/mm3
            - platelets >= 100,000/mm3

            Exclusion criteria:
            Patients with any of the following are excluded:
            - pregnancy
            - dialysis
            """;
        List<Criterion> read = reader.read(text);
        assertThat(read).extracting(Criterion::text).containsExactly(
                "Participants must have one of the following conditions: - type 2 diabetes - impaired fasting glucose",
                "Signed informed consent.", "Adequate organ function without any transfusion, as defined by:",
                "ANC >= 1500/mm3", "platelets >= 100,000/mm3",
                "Patients with any of the following are excluded:", "pregnancy", "dialysis");
    }

    @Test
    void dropsABulletGluedToTheFirstWordButKeepsEveryLineACriterion() {
        // EU CTR pages: "•Neonates / infants", "-Patient has completed ..."; "-1" and "-fold" are no bullets
        List<Criterion> read = reader.read("Inclusion criteria:\n•Neonates / infants\n•Body weight < 5 kg\n"
                + "-Patient has completed the parent study\n-fold change of 2 or more\nExclusion criteria:\n-1 dose level");
        assertThat(read).extracting(Criterion::text).containsExactly("Neonates / infants", "Body weight < 5 kg",
                "Patient has completed the parent study", "-fold change of 2 or more", "-1 dose level");
        assertThat(read.get(1).thresholds()).extracting(t -> t.text()).containsExactly("Body weight < 5 kg");
    }

    @Test
    void readsANumberGluedToTheFirstWordAsAMarker() {
        // EUCTR2021-000037-14 via ICTRP: "1.Aged =18 years", "4.Confirmed ... by the following:" then "-..." sub-lines
        // (a glued hyphen is no marker); unmarked, the sub-lines of "any of the following" read as each required
        String text = """
            Inclusion Criteria:
            1.Aged =18 years
            2.Newly diagnosed and AL amyloidosis treatment naive
            3.Confirmed diagnosis of AL amyloidosis
            4. Confirmed Mayo Stage IV AL Amyloidosis
            5.Confirmed diagnosis by mass spectrometry if the subject meets any of the following:
            -Is black or African American
            -Is over 75 years of age
            Exclusion Criteria:
            1.Non-AL amyloidosis
            2.NT-proBNP >8500 pg/mL
            7 .Previous history of interstitial lung disease
            """;
        List<Criterion> read = reader.read(text);
        assertThat(read).extracting(Criterion::text).containsExactly("Aged =18 years",
                "Newly diagnosed and AL amyloidosis treatment naive", "Confirmed diagnosis of AL amyloidosis",
                "Confirmed Mayo Stage IV AL Amyloidosis", "Confirmed diagnosis by mass spectrometry if the subject meets "
                + "any of the following: -Is black or African American -Is over 75 years of age",
                "Non-AL amyloidosis", "NT-proBNP >8500 pg/mL", "Previous history of interstitial lung disease");
        assertThat(read.get(6).thresholds()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        8. Previous allogeneic bone marrow transplant. 9. Hypersensitivity to TY-9591. 10.Pregnant or lactating women. \
        | Previous allogeneic bone marrow transplant.#Hypersensitivity to TY-9591.#Pregnant or lactating women.
        4. NYHA Class IV at the Screening visit. 5. Has any of the following:\\n   1. AST >2 ULN\\n   2. Bilirubin >ULN \
        | NYHA Class IV at the Screening visit.#Has any of the following: 1. AST >2 ULN 2. Bilirubin >ULN
        6. Has eGFR < 30 mL/min (using the MDRD\\n[MDRD] formula). 7. Is currently taking diflunisal \
        | Has eGFR < 30 mL/min (using the MDRD [MDRD] formula).#Is currently taking diflunisal
        1. Treatment with any of the following: 1. Treatment with an EGFR TKI; 2. Any cytotoxic chemotherapy \
        | Treatment with any of the following: 1. Treatment with an EGFR TKI; 2. Any cytotoxic chemotherapy
        1. Age 18 years. 3. Signed consent | Age 18 years. 3. Signed consent
        2. Dose of 5 mg. 3 cycles before | Dose of 5 mg. 3 cycles before
        """)
    void splitsTheNextNumberWrittenOnTheSameItem(String text, String expected) {
        // NCT04204473, NCT05023889, EUCTR2010-019829-34: numbered items run together on one line of a numbered list;
        // only the next number after a sentence end, before a capital, starts a new item
        List<Criterion> read = reader.read("Exclusion criteria:\n" + text.replace("\\n", "\n"));
        assertThat(read).extracting(Criterion::text).containsExactly(expected.split("#"));
    }

    @Test
    void keepsUnmarkedLowerCaseLinesApartUnlessTheTextIsHardWrapped() {
        // NCT04780009, NCT04780724: one criterion a line, no markers, lower-case: they were read as one criterion
        List<Criterion> items = reader.read("Inclusion Criteria:\n\nadults with brain malignant gliomas undergoing "
                + "resection\nat least 18 years of age\nable to understand the consent\n\nExclusion Criteria:\n\n"
                + "pregnant women\nunder 18 years of age\ninjury to the upper limbs or hands that could affect the "
                + "peripheral perfusion\ndiabetes");
        assertThat(items).extracting(Criterion::text).containsExactly("adults with brain malignant gliomas undergoing resection",
                "at least 18 years of age", "able to understand the consent", "pregnant women", "under 18 years of age",
                "injury to the upper limbs or hands that could affect the peripheral perfusion", "diabetes");
        // NCT00001177: a text broken at a fixed width: a lower-case line that would not have fitted continues
        List<Criterion> wrapped = reader.read("Exclusion Criteria:\nCurrent alcohol or drug dependence (excluding nicotine) of\n"
                + "sufficient magnitude to require independent, concurrent treatment\nintervention (e.g., antabuse or opiate "
                + "treatment, but not including\nself-help groups).\nPregnancy.");
        assertThat(wrapped).extracting(Criterion::text).containsExactly("Current alcohol or drug dependence (excluding "
                + "nicotine) of sufficient magnitude to require independent, concurrent treatment intervention (e.g., antabuse "
                + "or opiate treatment, but not including self-help groups).", "Pregnancy.");
    }

    @Test
    void keepsUnmarkedAlternativesWithTheirLeadIn() {
        // NCT04779489: "Cohort 2 (chemotherapy non-responding) - any of:", a blank line, then one alternative a line
        String text = "Inclusion Criteria:\nAge >= 18 years.\n\nCohort 2 (chemotherapy non-responding) - any of:\n\n"
                + "patient with radiologic progression after two cycles\npatient failing to achieve complete response\n"
                + "Permitted regimens are gemcitabine/cisplatin.\n\nExclusion Criteria:\nAny of the following:\n"
                + "pregnant women\nunder 18 years of age";
        assertThat(reader.read(text)).extracting(Criterion::text).containsExactly("Age >= 18 years.",
                "Cohort 2 (chemotherapy non-responding) - any of: patient with radiologic progression after two cycles "
                + "patient failing to achieve complete response", "Permitted regimens are gemcitabine/cisplatin.",
                "Any of the following:", "pregnant women", "under 18 years of age");
    }

    @Test
    void switchesTheKindAtHeadersNamingTheirGroupOrNumberedAsProtocolSections() {
        // NCT04601051, NCT04779684: "Polyneuropathy Exclusion Criteria:" and "Cardiomyopathy Inclusion Criteria (UK only):"
        // were no headers, so the exclusions under them were read as inclusions; the line stays, naming the group
        String groups = "Polyneuropathy Inclusion Criteria:\n- Age 18 to 85 years\nPolyneuropathy Exclusion Criteria:\n"
                + "- Known leptomeningeal amyloidosis\nCardiomyopathy Inclusion Criteria (UK only):\n- NYHA Class I-III\n"
                + "\nMeets all inclusion criteria:\n- signed consent";
        assertThat(reader.read(groups)).extracting(c -> c.kind() + " " + c.text()).containsExactly(
                "INCLUSION Polyneuropathy Inclusion Criteria:", "INCLUSION Age 18 to 85 years",
                "EXCLUSION Polyneuropathy Exclusion Criteria:", "EXCLUSION Known leptomeningeal amyloidosis",
                "INCLUSION Cardiomyopathy Inclusion Criteria (UK only):", "INCLUSION NYHA Class I-III",
                "INCLUSION Meets all inclusion criteria:", "INCLUSION signed consent");
        // NCT03588468: "3.1.1.b. Exclusion criteria", "Subjects with the following criteria will be excluded:",
        // "Subject must meet the following criteria to be included:" (singular)
        String sections = "Inclusion Criteria:\nSubject must meet the following criteria to be included:\n- Men or women\n\n"
                + "3.1.1.b. Exclusion criteria\n\nSubjects with the following criteria will be excluded:\n\n"
                + "- Subject with a contraindication for MRI explorations";
        assertThat(reader.read(sections)).extracting(c -> c.kind() + " " + c.text()).containsExactly(
                "INCLUSION Men or women", "EXCLUSION Subject with a contraindication for MRI explorations");
    }

    @Test
    void aSubPopulationsOwnListInsideTheExclusionsSwitchesTheKind() {
        // NCT02028676 (ARROW): the criteria of two secondary randomisations stand after the exclusions, under
        // lines without a colon; "Aged at least 3 years" was read as an exclusion.
        String text = "Inclusion Criteria:\n- Aged 3 months to 17 years\nExclusion Criteria:\n- Being pregnant\n"
                + "- Not meeting the inclusion criteria\n\n"
                + "Eligibility criteria for the secondary randomisation to stop or continue cotrimoxazole Inclusion criteria\n\n"
                + "Aged at least 3 years\nCurrently prescribed daily cotrimoxazole\n\nExclusion criteria\n\n"
                + "Previous diagnosis of Pneumocystis jiroveci pneumonia\n"
                + "Criteria for the extension phase - exclusion criteria:\n- Any new malignancy";
        assertThat(reader.read(text)).extracting(c -> c.kind() + " " + c.text()).containsExactly(
                "INCLUSION Aged 3 months to 17 years", "EXCLUSION Being pregnant",
                "EXCLUSION Not meeting the inclusion criteria",
                "INCLUSION Eligibility criteria for the secondary randomisation to stop or continue cotrimoxazole Inclusion criteria",
                "INCLUSION Aged at least 3 years", "INCLUSION Currently prescribed daily cotrimoxazole",
                "EXCLUSION Previous diagnosis of Pneumocystis jiroveci pneumonia",
                "EXCLUSION Criteria for the extension phase - exclusion criteria:", "EXCLUSION Any new malignancy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Not meeting the inclusion criteria", "Patients who fail the inclusion criteria",
        "Other criteria for enrolment per the investigator's inclusion criteria", "criteria for inclusion criteria"})
    void noSubPopulationHeaderWithoutItsOpeningWords(String line) {
        assertThat(reader.read("Exclusion Criteria:\nPregnancy\n" + line)).extracting(c -> c.kind() + " " + c.text())
                .containsExactly("EXCLUSION Pregnancy", "EXCLUSION " + line);
    }

    @Test
    void aLeadSentenceNamingTheFollowingCriteriaHeadsItsIndentedListInsteadOfSwallowingIt() {
        // NCT02679963: the whole inclusion list sat indented under this lead and was read as one criterion.
        String text = "For inclusion in the study subjects should fulfill the following criteria:\n\n"
                + "  1. Provision of written informed consent\n\n  2. Patients must be > 18 years of age.\n\n"
                + "  3. Histological diagnosis of NSCLC\n\n"
                + "Patients with any of the following criteria are not eligible for enrollment in this study:\n\n"
                + "  1. Pregnant or breastfeeding women.\n  2. Known allergy to the study drugs";
        assertThat(reader.read(text)).extracting(c -> c.kind() + " " + c.text()).containsExactly(
                "INCLUSION Provision of written informed consent", "INCLUSION Patients must be > 18 years of age.",
                "INCLUSION Histological diagnosis of NSCLC", "EXCLUSION Pregnant or breastfeeding women.",
                "EXCLUSION Known allergy to the study drugs");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Subjects must meet none of the following criteria: | EXCLUSION",
        "Subjects must not meet any of the following criteria: | EXCLUSION",
        "In order to be eligible to participate in this study, a subject must meet all of the following criteria: | INCLUSION",
        // jRCTs031210156: a lead ending in a full stop
        "Patients who do not meet any of the following exclusion criteria will be included. | EXCLUSION"})
    void aFramingLeadIsAHeaderOfItsKind(String lead, CriterionKind kind) {
        assertThat(reader.read(lead + "\n- Known hypersensitivity")).extracting(c -> c.kind() + " " + c.text())
                .containsExactly(kind + " Known hypersensitivity");
    }

    @Test
    void aLeadSentenceWrappedOverTwoLinesAndEndingInAFullStopHeadsItsList() {
        // NCT01841593 (XML): the lead swallowed all eleven exclusions, the list being hard-wrapped under it
        String text = "Exclusion Criteria:\n\n  Subjects who meet any of the following exclusion criteria are not to be enrolled in this\n"
                + "  study.\n\n    -  Lactose intolerance\n\n    -  Positive blood screen for HIV-1 and/or 2 antibodies";
        assertThat(reader.read(text)).extracting(c -> c.kind() + " " + c.text()).containsExactly(
                "EXCLUSION Lactose intolerance", "EXCLUSION Positive blood screen for HIV-1 and/or 2 antibodies");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Patients should be using the EGFR TKI monotherapy as the first line treatment and meet the following criteria:",
        "Patients, Chinese speaking, in both gender are eligible only if they meet all of the following criteria:",
        "Patients must meet one of the following criteria:"})
    void aLeadThatSaysMoreOrNamesAlternativesStaysACriterion(String lead) {
        assertThat(reader.read("Inclusion Criteria:\n" + lead + "\n  1. Asthma\n  2. COPD")).first()
                .satisfies(c -> assertThat(c.text()).startsWith(lead));
    }

    @Test
    void keepsUnmarkedLinesApartWhenOneItemFurtherDownIsMarked() {
        // NCT04779762: seven unmarked criteria, then "Inclusion criteria comments" and "1. Patients of any weight ...";
        // the one marker made the section "marked" and the seven were read as one criterion
        String text = "Inclusion Criteria:\n\nInformed consent.\nAge: 18- 65 years (inclusive).\nEstablished diagnosis of CD\n"
                + "Starting Ustekinumab.\n\nInclusion criteria comments\n\n1. Patients of any weight will be recruited.";
        assertThat(reader.read(text)).extracting(Criterion::text).containsExactly("Informed consent.",
                "Age: 18- 65 years (inclusive).", "Established diagnosis of CD", "Starting Ustekinumab.",
                "Inclusion criteria comments", "Patients of any weight will be recruited.");
        // NCT04372004, NCT04780659: the alternatives under "at least one of the following" stay with their lead-in
        String alternatives = "Inclusion Criteria:\n\n• Male or female over 18 years of age\n\nCurrent symptoms of COVID-19 ; "
                + "fever alone or fever and at least one of the following symptoms need to be present\n\nDry cough\n"
                + "Sore throat\nHeadache\n\nExclusion Criteria:\n\n• Unwilling to provide informed consent\n\nPregnancy\n"
                + "Hypotension";
        assertThat(reader.read(alternatives)).extracting(Criterion::text).containsExactly("Male or female over 18 years of age",
                "Current symptoms of COVID-19 ; fever alone or fever and at least one of the following symptoms need to be "
                + "present Dry cough Sore throat Headache", "Unwilling to provide informed consent", "Pregnancy", "Hypotension");
    }

    @Test
    void keepsInLineAlternativesOfAnInclusionTogether() {
        // NCT04780620: "... having either: a) ... or b) ..." on one line was split into two required criteria
        String text = "parent or youth endorse problematic levels of conflict, having either: a) a total score of 9 or greater"
                + " on the adolescent version; or b) a rating of 2 or higher on item 2 or 3";
        assertThat(reader.read("Inclusion Criteria:\n" + text)).extracting(Criterion::text).containsExactly(text);
        assertThat(reader.read("Exclusion Criteria:\nAny of: a) pregnancy b) dialysis")).extracting(Criterion::text)
                .containsExactly("Any of:", "pregnancy", "dialysis");
    }

    @Test
    void readsPdqStyleGroupsWithIndentedItems() {
        String text = "        DISEASE CHARACTERISTICS:\n\n          -  Histologically confirmed cancer\n"
                + "             of the ovary\n\n               -  Stage IIIB\n\n        Age\n\n          -  18 and over\n";
        List<Criterion> read = reader.read(text);
        assertThat(read).extracting(Criterion::text).containsExactly(
                "Histologically confirmed cancer of the ovary - Stage IIIB", "Age - 18 and over");
        assertThat(read.get(1).thresholds().get(0).parameter()).isEqualTo("age");
    }

    @Test
    void leavesAHeaderlessListAllInclusionWithoutEvidence() {
        List<Criterion> read = reader.read("- Adults\n- Signed consent\n- Uncontrolled diabetes");
        assertThat(read).extracting(Criterion::key).containsExactly("I1", "I2", "I3");
        assertThat(read).allMatch(Criterion::kindInferred);
    }

    @Test
    void startsExclusionsWhereANumberedListRestarts() {
        List<Criterion> read = reader.read("1. Adults\n2. Signed consent\n1. History of stroke\n2. Pregnancy");
        assertThat(read).extracting(Criterion::key).containsExactly("I1", "I2", "E1", "E2");
        assertThat(read).allMatch(Criterion::kindInferred);
    }

    @Test
    void doesNotSplitALoneParenthesisedNumberInAParagraph() {
        List<Criterion> read = reader.read("Adults with grade (1) toxicity only", CriterionKind.INCLUSION);
        assertThat(read).extracting(Criterion::text).containsExactly("Adults with grade (1) toxicity only");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\n  ", "Inclusion Criteria:\nExclusion Criteria:", "|\n||\n-\n*"})
    void readsNoCriteriaFromEmptyOrHeaderOnlyText(String text) {
        assertThat(reader.read(text)).isEmpty();
    }

    /** A guard against patterns that backtrack without end, not a speed figure (speed is benchmarked). */
    @Test
    void readsAHundredKilobyteListInLinearTime() {
        StringBuilder sb = new StringBuilder("Inclusion Criteria:\n");
        while (sb.length() < 100_000) {
            sb.append("- Platelet count \\>= 100,000/mm\\^3 and AST/ALT ≤ 2.5 x ULN (a) b) (1) 2)\n");
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        List<Criterion> read = reader.read(sb.toString());
        // A reader quadratic in the text's length takes minutes here.
        assertThat(Duration.ofNanos(mx.getCurrentThreadCpuTime() - cpu)).isLessThan(Duration.ofSeconds(5));
        assertThat(read).hasSizeGreaterThan(1000);
    }

    @Test
    void readsASectionOfAKnownKindWithoutInferring() {
        List<Criterion> read = reader.read("- Pregnancy\n- HIV", CriterionKind.EXCLUSION);
        assertThat(read).extracting(Criterion::key).containsExactly("E1", "E2");
        assertThat(read).noneMatch(Criterion::kindInferred);
    }

    @Test
    void keysSeparateInclusionAndExclusionFieldsAsOneList() {
        List<Criterion> read = reader.read("1. Adults\n2. Consent", "1. Pregnancy");
        assertThat(read).extracting(Criterion::key).containsExactly("I1", "I2", "E1");
        assertThat(read).extracting(Criterion::kind).containsExactly(
                CriterionKind.INCLUSION, CriterionKind.INCLUSION, CriterionKind.EXCLUSION);
    }

    @Test
    void keepsAHeaderQualifierAsText() {
        List<Criterion> read = reader.read("Inclusion Criteria (ARDS cohort):\n* Adults");
        assertThat(read).extracting(Criterion::text).containsExactly("(ARDS cohort):", "Adults");
        assertThat(read).extracting(Criterion::kind).containsOnly(CriterionKind.INCLUSION);
    }

    @Test
    void treatsNoBreakSpacesAsBlanks() {
        List<Criterion> read = reader.read("Exclusion\u00a0criteria:\n\u2022\u00a0Pregnancy\n\u00a0\u00a0\u2022\u00a0nursing\n\u2022\u00a0HIV");
        assertThat(read).extracting(Criterion::text).containsExactly("Pregnancy \u2022 nursing", "HIV");
    }
}
