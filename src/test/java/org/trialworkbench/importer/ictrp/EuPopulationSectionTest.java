package org.trialworkbench.importer.ictrp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EuPopulationSectionTest {
    private static final String SECTION = """
            Are the trial subjects under 18? no
            Number of subjects for this age range:
            F.1.2 Adults (18-64 years) yes
            F.1.2.1 Number of subjects for this age range 75
            F.1.3 Elderly (>=65 years) no
            F.1.3.1 Number of subjects for this age range""";

    @Test
    void takesTheSectionOffTheCriteriaAndNamesTheGroupsSaidYes() {
        EuPopulationSection.Split split = EuPopulationSection.split("1. Age 18 to 80 years\n2. Signed consent\n\n" + SECTION);
        assertThat(split.criteria()).isEqualTo("1. Age 18 to 80 years\n2. Signed consent");
        assertThat(split.ageGroups()).containsExactly("Adults (18-64 years)");
    }

    @Test
    void childGroupsAreNamedToo() {
        EuPopulationSection.Split split = EuPopulationSection.split("Consent\nAre the trial subjects under 18? yes\n"
                + "F.1.1 Trial has subjects under 18 yes\nF.1.1.2 Term newborn infants (0-27 days) no\n"
                + "F.1.1.5 Children (2-11years) yes\nF.1.1.6 Adolescents (12-17 years) yes");
        assertThat(split.criteria()).isEqualTo("Consent");
        assertThat(split.ageGroups()).containsExactly("Children (2-11years)", "Adolescents (12-17 years)");
    }

    @Test
    void textAfterTheSectionThatIsNotPartOfItKeepsEverything() {
        String text = "Consent\n" + SECTION + "\nPatients must not be pregnant";
        EuPopulationSection.Split split = EuPopulationSection.split(text);
        assertThat(split.criteria()).isEqualTo(text);
        assertThat(split.ageGroups()).isEmpty();
    }

    @Test
    void criteriaWithoutTheSectionAreKeptAsTheyAre() {
        assertThat(EuPopulationSection.split("Adults aged 18 years or older").criteria()).isEqualTo("Adults aged 18 years or older");
        assertThat(EuPopulationSection.split(null).criteria()).isNull();
        // A criterion asking the same question mid-line is no section.
        assertThat(EuPopulationSection.split("Patients (are the trial subjects under 18? no)").criteria())
                .isEqualTo("Patients (are the trial subjects under 18? no)");
    }

    @Test
    void aSectionAloneLeavesNoCriteria() {
        assertThat(EuPopulationSection.split(SECTION).criteria()).isNull();
    }
}
