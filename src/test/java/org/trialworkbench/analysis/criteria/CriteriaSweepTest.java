package org.trialworkbench.analysis.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.Criterion;
import org.trialworkbench.model.CriterionKind;

/**
 * Kinds and splits found wrong in a sweep over the registry samples (unusual headers, lists whose nesting the ICTRP
 * export flattened). Texts are the records' own phrases; {@code \n} stands for a line break, {@code §} separates
 * the expected criteria.
 */
class CriteriaSweepTest {
    private final CriteriaReader reader = new CriteriaReader();

    private static String text(String csv) {
        return csv.replace("\\n", "\n");
    }

    /** A flattened list restarting at 1 right under an item's lead-in is that item's nested list. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        NCT04306510 | Inclusion Criteria:\\n1. Satisfy one of the following:\\n\\n1. US Patients: Adult patients (= 18 years old) diagnosed with hATTR-PN\\n\\n2. Canadian Patients: Adult patients diagnosed with stage 1 or\\nstage 2 hATTR PN\\n\\n2. Must have given written informed consent | Satisfy one of the following: 1. US Patients: Adult patients (= 18 years old) diagnosed with hATTR-PN 2. Canadian Patients: Adult patients diagnosed with stage 1 or stage 2 hATTR PN§Must have given written informed consent
        NCT04850105 | Inclusion Criteria:\\n1. Either:\\n\\n1. TEGSEDI Exposed Cohort: Patients who have taken any dose\\n\\n2. TEGSEDI Unexposed Cohort: Patients who have not taken any\\ndose of TEGSEDI\\n\\n2. Clinically managed in Canada, Europe, or the US\\n\\n3. Have provided appropriate written informed consent | Either: 1. TEGSEDI Exposed Cohort: Patients who have taken any dose 2. TEGSEDI Unexposed Cohort: Patients who have not taken any dose of TEGSEDI§Clinically managed in Canada, Europe, or the US§Have provided appropriate written informed consent
        NCT06414746 | Inclusion Criteria:\\n4. Bilateral CTS;\\n\\n5. Presence of =1 of the following features (red flags):\\n\\n1. Gait disorders;\\n\\n2. Sweating disorders, anhidrosis.\\n\\n3. Biceps tendon rupture\\n\\n6. Absence of previously established ATTR PN diagnosis | Bilateral CTS;§Presence of =1 of the following features (red flags): 1. Gait disorders; 2. Sweating disorders, anhidrosis. 3. Biceps tendon rupture§Absence of previously established ATTR PN diagnosis
        NCT05023889 | Exclusion Criteria:\\n4. NYHA Class IV at the Screening visit. 5. Has any of the following laboratory parameter\\nassessments at screening:\\n\\n1. AST or ALT levels ?2.0 × ULN.\\n\\n2. Total bilirubin ?ULN.\\n\\n6. Has eGFR < 30 mL/min/1.73 m2\\n\\n7. Is currently taking diflunisal | NYHA Class IV at the Screening visit.§Has any of the following laboratory parameter assessments at screening: 1. AST or ALT levels ?2.0 × ULN. 2. Total bilirubin ?ULN.§Has eGFR < 30 mL/min/1.73 m2§Is currently taking diflunisal
        exclusion  | Exclusion Criteria:\\n4. Has a known history of an additional malignancy\\n5. Any of the following cardiac criteria:\\n1. QTc > 470 msec\\n2. Unstable angina\\n6. Pregnant or breastfeeding | Has a known history of an additional malignancy§Any of the following cardiac criteria: 1. QTc > 470 msec 2. Unstable angina§Pregnant or breastfeeding
        """)
    void nestsAFlattenedListUnderItsLeadIn(String trial, String eligibility, String expected) {
        List<Criterion> read = reader.read(text(eligibility));
        assertThat(read).extracting(Criterion::text).containsExactly(expected.split("§"));
    }

    /** A restart that follows no lead-in of the item before is a new list: its items stay criteria of their own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        no lead-in     | Inclusion Criteria:\\n1. Age 18 or older\\n2. Signed consent\\nExclusion Criteria:\\n1. Pregnancy\\n2. HIV | 4
        heading line   | Inclusion Criteria:\\n1. Age 18 or older\\n2. Signed consent\\n\\nPart B:\\n1. Prior therapy with drug X\\n2. ECOG 0-1 | 5
        lead-in ran on | Inclusion Criteria:\\n1. Adequate organ function, including\\n1. ANC >= 1500\\n2. Platelets >= 100000 | 3
        """)
    void keepsARestartWithoutLeadInApart(String name, String eligibility, int count) {
        assertThat(reader.read(text(eligibility))).hasSize(count);
    }

    /** A lead sentence saying only who is excluded by the list under it is a header, not a criterion. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The participant may not enter the study if ANY of the following apply:                    | EXCLUSION
        The patient may not enter the study if ANY of the following apply:                        | EXCLUSION
        Patients cannot be included in the study if at least one of the following criteria is met: | EXCLUSION
        Patients meeting any of the exclusion criteria will not be enrolled in the study:         | EXCLUSION
        Subjects must meet all of the following criteria:                                         | INCLUSION
        """)
    void readsALeadSentenceAsHeader(String lead, CriterionKind kind) {
        List<Criterion> read = reader.read("Inclusion criteria:\n- Adults\nExclusion criteria:\n" + lead
                + "\n- Liver transplantation\n- Pregnancy");
        assertThat(read).extracting(Criterion::text).containsExactly("Adults", "Liver transplantation", "Pregnancy");
        assertThat(read.subList(1, 3)).extracting(Criterion::kind).containsOnly(kind);
    }

    /** A lead that says more than who is excluded or included is a criterion and stays. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Male and non-pregnant female patients meeting all of the following criteria are eligible for enrollment in this study:
        Participants with one of the following cancers:
        Patients who do not meet the inclusion criteria:
        """)
    void keepsALeadThatSaysMore(String lead) {
        List<Criterion> read = reader.read("Inclusion criteria:\n" + lead + "\n- Adults\n- Signed consent");
        assertThat(read.get(0).text()).startsWith(lead);
    }

    /** Headers naming a sub-population or carrying a lead after a dash switch the kind and stay as its first criterion. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Study Exclusion Criteria - participants are ineligible for the study if they:   | EXCLUSION
        Swab exclusion criteria - participants are ineligible for swab testing if they: | EXCLUSION
        Swab inclusion criteria - participants will be eligible for swab testing if they: | INCLUSION
        3.1.2. Healthy controls 3.1.2.a. Inclusion criteria                              | INCLUSION
        3.1.1. TTR mutation gene carriers 3.1.1.b. Exclusion criteria                    | EXCLUSION
        """)
    void switchesAtANamedGroupHeader(String header, CriterionKind kind) {
        CriterionKind other = kind == CriterionKind.INCLUSION ? CriterionKind.EXCLUSION : CriterionKind.INCLUSION;
        String before = other == CriterionKind.INCLUSION ? "Inclusion criteria:" : "Exclusion criteria:";
        List<Criterion> read = reader.read(before + "\nAre at least 18 years of age\n\n" + header
                + "\n\nDo not provide informed consent to participate\nAre asymptomatic");
        assertThat(read).extracting(Criterion::text).containsExactly("Are at least 18 years of age", header,
                "Do not provide informed consent to participate", "Are asymptomatic");
        assertThat(read).extracting(Criterion::kind).containsExactly(other, kind, kind, kind);
        assertThat(read).noneMatch(Criterion::kindInferred);
    }

    /** An item that merely names the criteria is no header. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Do not meet inclusion criteria - see above
        Not meeting the inclusion criteria
        Does not satisfy all of the inclusion criteria.
        """)
    void keepsAnItemNamingTheCriteria(String item) {
        List<Criterion> read = reader.read("Exclusion criteria:\n- Pregnancy\n- " + item);
        assertThat(read).extracting(Criterion::kind).containsOnly(CriterionKind.EXCLUSION);
        assertThat(read).extracting(Criterion::text).containsExactly("Pregnancy", item);
    }

    /** A note paragraph between items qualifies the item before it; one after the last item stays apart. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        NCT04418024 | Exclusion Criteria:\\n\\n- Had a prior liver transplantation.\\n\\nNote: Recipients of a "domino" liver transplant from an ATTR-PN donor who have developed\\nATTR-PN mediated by their graft are allowed under this protocol;\\n\\n- Has Type 1 diabetes; | Had a prior liver transplantation. Note: Recipients of a "domino" liver transplant from an ATTR-PN donor who have developed ATTR-PN mediated by their graft are allowed under this protocol;§Has Type 1 diabetes;
        NCT06094296 | Exclusion Criteria:\\n* Participants with any known medical condition\\n\\nNote: Other protocol-defined inclusion/exclusion criteria apply.                                                   | Participants with any known medical condition§Note: Other protocol-defined inclusion/exclusion criteria apply.
        """)
    void attachesANoteToTheItemItQualifies(String trial, String eligibility, String expected) {
        assertThat(reader.read(text(eligibility))).extracting(Criterion::text).containsExactly(expected.split("§"));
    }

    /** A short heading on the line after a finished item heads the items below it; it is not that item's rest. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Sub-study:                            | Sub-study:
        Part 1 Dose Escalation cohort ONLY:   | Part 1 Dose Escalation cohort ONLY:
        """)
    void separatesAHeadingFromTheItemAbove(String heading, String expected) {
        List<Criterion> read = reader.read("Inclusion Criteria:\n3. Patient is willing to comply with all other study requirements.\n"
                + heading + "\n4.Decrease in creatinine clearance to < 30 mL/minute.\n5.Willing to provide written informed consent.");
        assertThat(read).extracting(Criterion::text).containsExactly(
                "Patient is willing to comply with all other study requirements.", expected,
                "Decrease in creatinine clearance to < 30 mL/minute.", "Willing to provide written informed consent.");
    }

    /** A line continuing an item that has not ended stays in it, colon or not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        3. Adequate organ function as defined by\\nthe following:\\n4. Signed consent        | 2
        3. Women of childbearing potential must agree to\\nContraception:\\n4. Signed consent | 2
        """)
    void keepsAContinuationInItsItem(String eligibility, int count) {
        assertThat(reader.read("Inclusion Criteria:\n" + text(eligibility))).hasSize(count);
    }

    /** "i." is a letter only right after "h."; under "a. … either:" it starts roman alternatives that stay in their item. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        jRCT2071210009 | 3. Satisfy the following:\\na. Females: must be non-pregnant and non-lactating and either:\\ni. Surgically sterile (e.g., tubal occlusion)\\nii. Post-menopausal\\niii. Abstinent* or\\nb. Males: Surgically sterile\\n4. Willingness to adhere to vitamin A supplementation | 2
        letters to i   | 1. Organ function:\\nf. ANC\\ng. Platelets\\nh. Hemoglobin\\ni. Creatinine\\nj. Clearance\\n2. Signed consent | 2
        """)
    void readsIAsRomanUnlessLettersCameToH(String trial, String eligibility, int count) {
        List<Criterion> read = reader.read("Inclusion Criteria:\n" + text(eligibility));
        assertThat(read).hasSize(count);
        assertThat(read.get(read.size() - 1).text()).doesNotStartWith("i");
    }

    /** Numbered items run on in one line split at the next number also after a closing bracket. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        EUCTR2010-019829-34 | 1. Patients who have successfully completed protocol IND68092 (The Diflunisal Trial) 2. If female, patient is post-menopausal. 3. Patient is willing | Patients who have successfully completed protocol IND68092 (The Diflunisal Trial)§If female, patient is post-menopausal.§Patient is willing
        not counting        | 1. Prior therapy (grade 3) 5. Days since surgery                                                                                                    | Prior therapy (grade 3) 5. Days since surgery
        """)
    void splitsRunOnItemsAfterABracket(String trial, String eligibility, String expected) {
        assertThat(reader.read("Inclusion Criteria:\n" + eligibility)).extracting(Criterion::text)
                .containsExactly(expected.split("§"));
    }

    /**
     * Sub-population headers without a colon or without "criteria" (NCT03424005, NCT01220531 as ctgov XML indents them):
     * each switches the kind, names its group in a criterion of its own, and the items indented under it stay apart.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Inclusion Criteria Stage 1             | INCLUSION | Stage 1
        Inclusion criteria stage 2             | INCLUSION | stage 2
        Exclusion Criteria for Stage 1         | EXCLUSION | for Stage 1
        Transplant Inclusion:                  | INCLUSION | Transplant Inclusion:
        Transplant Exclusion:                  | EXCLUSION | Transplant Exclusion:
        -  INCLUSION CRITERIA:                 | INCLUSION |
        """)
    void readsASubPopulationHeader(String header, CriterionKind kind, String group) {
        String text = "Exclusion Criteria:\n\n  -  Pregnancy\n\n" + header
                + "\n\n  -  Heart surgery <4 wks pre-transplantation\n\n  -  HIV infection\n";
        List<Criterion> read = reader.read(text);
        List<String> expected = group == null ? List.of("Pregnancy", "Heart surgery <4 wks pre-transplantation", "HIV infection")
                : List.of("Pregnancy", group, "Heart surgery <4 wks pre-transplantation", "HIV infection");
        assertThat(read).extracting(Criterion::text).containsExactlyElementsOf(expected);
        assertThat(read.get(read.size() - 1).kind()).isEqualTo(kind);
        assertThat(read).noneMatch(Criterion::kindInferred);
    }

    /** A group header naming both kinds ends the kind before it: its items' kind is inferred, not carried over. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Biological Mother Inclusion/Exclusion:
        Donor Inclusion/Exclusion:
        """)
    void endsTheKindAtAMixedGroupHeader(String header) {
        List<Criterion> read = reader.read("Transplant Exclusion:\n\n  -  HIV infection\n\n" + header
                + "\n\n• Must be biological mother of thymus recipient");
        assertThat(read).extracting(Criterion::text).containsExactly("Transplant Exclusion:", "HIV infection", header,
                "Must be biological mother of thymus recipient");
        Criterion last = read.get(3);
        assertThat(last.kind()).isEqualTo(CriterionKind.INCLUSION);
        assertThat(last.kindInferred()).isTrue();
    }

    /** Items that merely mention inclusion stay items. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        -  Inclusion in another clinical trial within 30 days
        -  Prior to inclusion:
        -  Exclusion of pregnancy by a negative test
        """)
    void keepsAnItemMentioningInclusion(String item) {
        List<Criterion> read = reader.read("Exclusion Criteria:\n  -  Pregnancy\n  " + item + "\n  -  HIV infection");
        assertThat(read).hasSize(3).extracting(Criterion::kind).containsOnly(CriterionKind.EXCLUSION);
    }

    /** The ';' line by which the ICTRP export joins a record's repeated texts ends no criterion's text. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        NCT01435655 | Exclusion Criteria:\\n\\n- Primary amyloidosis and secondary amyloidosis.\\n\\n- History of liver transplant.\\n;\\nInclusion Criteria:\\n\\n- Transthyretin amyloid polyneuropathy | History of liver transplant.
        unmarked    | Exclusion Criteria:\\nPregnancy\\nHistory of liver transplant.\\n  ;  \\nInclusion Criteria:\\nAdults                                                                                  | History of liver transplant.
        """)
    void endsNoCriterionWithTheIctrpSeparator(String trial, String eligibility, String lastExclusion) {
        List<Criterion> read = reader.read(text(eligibility));
        assertThat(read).filteredOn(c -> c.kind() == CriterionKind.EXCLUSION).last().extracting(Criterion::text)
                .isEqualTo(lastExclusion);
        assertThat(read).noneMatch(c -> c.text().contains(";"));
    }

    /** A lead sentence hard-wrapped over two lines is still a header; a criterion wrapped the same way stays a criterion. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        NCT04963985 | Participants are eligible to be included in the study only if all of the following criteria\\napply:\\n\\nAge and Sex:\\n\\n1. Male or female participants between the ages of 18 and 80 years. | Age and Sex:§Male or female participants between the ages of 18 and 80 years.
        excluded    | Participants are excluded from the study if any of the following\\ncriteria apply:\\n\\n1. Participant has primary (light chain) or secondary amyloidosis.                         | Participant has primary (light chain) or secondary amyloidosis.
        criterion   | 1. Patients must meet the following criteria for adequate organ\\nfunction:\\n2. Signed consent                                                                                  | Patients must meet the following criteria for adequate organ function:§Signed consent
        """)
    void readsAWrappedLeadSentenceAsHeader(String trial, String eligibility, String expected) {
        List<Criterion> read = reader.read("Inclusion Criteria:\n-\n\n" + text(eligibility));
        assertThat(read).extracting(Criterion::text).containsExactly(expected.split("§"));
    }
}
