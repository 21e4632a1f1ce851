package org.trialworkbench.importer.ctgov;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trialworkbench.model.RegistryId;

/** Secondary ids with the type and domain ClinicalTrials.gov gives them (values as in real records). */
class CtgovIdsTest {

    @ParameterizedTest(name = "{0} ({1}, {2}) -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // a registry number without its prefix, the registry named by the domain
        "24791884       | Registry Identifier | ISRCTN                                    | ISRCTN24791884      | ISRCTN",
        "000012345      | Registry Identifier | UMIN-CTR                                  | UMIN000012345       | UMIN-CTR",
        "00022277       | REGISTRY            | DRKS (Deutsches Register klinischer Studien) | DRKS00022277     | DRKS",
        // the id is a registry's id by itself
        "DRKS00022277   | Registry Identifier | DRKS (Deutsches Register klinischer Studien) | DRKS00022277     | DRKS",
        "2020-002973-89 | EudraCT Number      | null                                      | EUCTR2020-002973-89 | EUCTR",
        // not typed as a registry's: the domain is not used
        "24791884       | Other Identifier    | ISRCTN                                    | 24791884            | null",
        // a domain that is no trial registry
        "CDR0000068850  | Registry Identifier | PDQ (Physician Data Query)                | CDR0000068850       | null",
        "FWA00015357    | Registry Identifier | Federalwide Assurance (FWA) DHHS OHRP     | FWA00015357         | null",
        "2017-A02060-53 | Registry Identifier | ID RCB                                    | 2017-A02060-53      | null",
        // never another NCT id from a domain
        "12345678       | Registry Identifier | NCT                                       | 12345678            | null"})
    void readsATypedSecondaryId(String raw, String type, String domain, String id, String registry) {
        CtgovIds ids = new CtgovIds("NCT02028676").secondary(raw, type, domain);
        assertThat(ids.list()).containsExactly(new RegistryId("NCT02028676", "ClinicalTrials.gov"),
                new RegistryId(id, registry));
    }

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        // org study ids of real records (XML NCT02679963, v1 NCT04780659, NCT04780113, NCT04779866)
        "2014-005586-75 | EUCTR2014-005586-75 | EUCTR",
        "2021-000175-37 | EUCTR2021-000175-37 | EUCTR",
        "2020-A03283-36 | 2020-A03283-36      | null",
        "NCT09384       | NCT09384            | null",
        "RTOG L-0117    | RTOG L-0117         | null",
        // an NCT id is never taken as one of this trial's registry ids
        "NCT01234567    | NCT01234567         | null"})
    void readsARegistryIdGivenAsTheOrgStudyId(String raw, String id, String registry) {
        CtgovIds ids = new CtgovIds("NCT02679963").orgStudyId(raw);
        assertThat(ids.list()).containsExactly(new RegistryId("NCT02679963", "ClinicalTrials.gov"),
                new RegistryId(id, registry));
    }
}
