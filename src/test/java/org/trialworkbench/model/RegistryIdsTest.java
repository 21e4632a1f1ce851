package org.trialworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistryIdsTest {

    @ParameterizedTest
    @CsvSource({
            "NCT00962923, NCT00962923, ClinicalTrials.gov",
            "nct 00962923, NCT00962923, ClinicalTrials.gov",
            "JPRN-jRCTs031210288, jRCTs031210288, jRCT",
            "jRCTc071190041, jRCTc071190041, jRCT",
            "UMIN000028381, UMIN000028381, UMIN-CTR",
            "JPRN-UMIN000027045, UMIN000027045, UMIN-CTR",
            "EUCTR2021-000037-14-ES, EUCTR2021-000037-14, EUCTR",
            "2015-004318-14, EUCTR2015-004318-14, EUCTR",
            "EudraCT 2005-002909-23, EUCTR2005-002909-23, EUCTR",
            "2023-507385-11-00, 2023-507385-11-00, CTIS",
            "CTIS2023-507385-11-00, 2023-507385-11-00, CTIS",
            "ChiCTR2100050713, ChiCTR2100050713, ChiCTR",
            "ISRCTN12345678, ISRCTN12345678, ISRCTN",
            "ACTRN12610000123456, ACTRN12610000123456, ANZCTR",
            "CTRI/2020/05/025154, CTRI/2020/05/025154, CTRI",
            "DRKS00032447, DRKS00032447, DRKS",
            "KCT0000379, KCT0000379, CRIS",
            "NL-OMON55279, NL-OMON55279, NL-OMON"
    })
    void recognizesAndCanonicalizes(String raw, String id, String registry) {
        assertThat(RegistryIds.recognize(raw)).contains(new RegistryId(id, registry));
    }

    @ParameterizedTest
    @CsvSource({"NJGLYY003", "CT 11-03", "12", "NCT123"})
    void sponsorIdsAreNotRegistryIds(String raw) {
        assertThat(RegistryIds.recognize(raw)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void findsIdsInText() {
        assertThat(RegistryIds.findAll("Registered as NCT00962923; EudraCT 2015-004318-14 and UMIN000028381."))
                .extracting(RegistryId::id)
                .containsExactly("NCT00962923", "EUCTR2015-004318-14", "UMIN000028381");
    }
}
