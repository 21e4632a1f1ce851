package org.trialworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvExporterTest {
    private final CsvExporter exporter = new CsvExporter();

    @Test
    void matchesGoldenFile() throws IOException {
        GoldenFiles.assertMatches(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER), "comparison.csv");
    }

    @Test
    void everyRowHasTheHeaderColumnsAfterAParseBack() throws IOException {
        List<CSVRecord> rows = parse(GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER));
        assertThat(rows.get(0).toList()).isEqualTo(CsvExporter.headers());
        assertThat(rows).allSatisfy(r -> assertThat(r.size()).as("row %d", r.getRecordNumber()).isEqualTo(CsvExporter.headers().size()));
        assertThat(rows.size()).isGreaterThan(50);
    }

    @Test
    void usesCrLfAndDoublesQuotes() {
        String csv = GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER);
        assertThat(csv).contains("\r\n").doesNotContain("\n\n");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    }

    @Test
    void noCellStartsWithAFormulaCharacter() throws IOException {
        List<CSVRecord> rows = parse(GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER));
        for (CSVRecord r : rows) {
            for (String cell : r) {
                assertThat(cell).as("row %d", r.getRecordNumber()).doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void dangerousCellsAreKeptWithAQuotePrefixNotDropped() throws IOException {
        List<String> cells = parse(GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER)).stream()
                .flatMap(r -> r.toList().stream()).toList();
        for (String hostile : ExportFixtures.HOSTILE) {
            String expected = hostile.startsWith("\u202E") ? "[U+202E]gnp.exe"
                    : "=+-@\t\r".indexOf(hostile.charAt(0)) >= 0 ? "'" + hostile : hostile;
            assertThat(cells).as("hostile text %s", hostile).contains(expected);
        }
        assertThat(cells).noneMatch(c -> c.indexOf('\u202E') >= 0);
        // the threshold value -2 is in the text-by-design value column: prefixed too
        assertThat(cells).contains("'-2");
    }

    @Test
    void anItemWithSeveralAnnotationsRepeatsItsRowsOncePerAnnotation() throws IOException {
        List<CSVRecord> rows = parse(GoldenFiles.export(exporter, ExportFixtures.hostile(), ExportFixtures.HEADER));
        List<CSVRecord> outcomeMeasure = rows.stream()
                .filter(r -> r.get(0).equals("NCT09999999") && r.get(1).equals("outcome") && r.get(3).equals("measure")).toList();
        // notes 2, 7 target outcome:P1
        assertThat(outcomeMeasure).hasSize(2);
        assertThat(outcomeMeasure.stream().map(r -> r.get("annotation_note"))).containsExactly(
                CsvExporter.safeCell(ExportFixtures.HOSTILE.get(2)), CsvExporter.safeCell(ExportFixtures.HOSTILE.get(7)));
    }

    @Test
    void placesAnnotationsBesideTheirItemsAndKeepsOrphans() throws IOException {
        List<CSVRecord> rows = parse(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER));
        assertThat(note(rows, "trial", "", "id")).isEqualTo("Only the phase 1 part is comparable");
        assertThat(note(rows, "trial", "", "phases")).isEqualTo("Registry says 1/2; protocol says 1");
        assertThat(note(rows, "criterion", "E1", "text")).isEqualTo("mmol/L is surely µmol/L");
        assertThat(note(rows, "cohort", "C2", "dose")).isEqualTo("Two infusions four weeks apart");
        assertThat(note(rows, "arm", "Dose escalation", "type")).isEqualTo("Single arm");
        assertThat(note(rows, "annotation", "outcome:P9", "target_not_found")).isEqualTo("Outcome dropped by a re-read");
        assertThat(note(rows, "criterion", "E1", "text")).isNotEmpty();
        assertThat(note(rows, "outcome", "S1", "measure")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "threshold;E1.1;unit;mmol/L",
            "threshold;E1.1;normalized_value;120000",
            "threshold;E1.1;flags;UNIT_IMPLAUSIBLE",
            "threshold;E1.1;span;above 120 mmol/L",
            "outcome;S2;schedule;every 3 months until 2 years",
            "outcome;S2;unread_parts;and at relapse",
            "cohort;C2;subjects;4–7",
            "cohort;C3;cumulative_dose;3000000 cells/kg",
            "cohort;C2;interval;4 weeks",
            "conflict;enrollment;value from aggregator-text 001_aggregator.txt;12",
            "trial;'';enrollment;10 (actual)",
    })
    void writesItemAttributes(String type, String key, String field, String value) throws IOException {
        List<CSVRecord> rows = parse(GoldenFiles.export(exporter, ExportFixtures.golden(), ExportFixtures.HEADER));
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get(0)).isEqualTo("NCT01234567");
            assertThat(List.of(r.get(1), r.get(2), r.get(3), r.get(4))).containsExactly(type, key, field, value);
        });
    }

    private static String note(List<CSVRecord> rows, String type, String key, String field) {
        return rows.stream().filter(r -> r.get(0).equals("NCT01234567") && r.get(1).equals(type) && r.get(2).equals(key)
                && r.get(3).equals(field)).map(r -> r.get("annotation_note")).findFirst().orElseThrow();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(CsvExporter.headers().toArray(String[]::new)).setSkipHeaderRecord(false).get().parse(new StringReader(csv)).getRecords();
    }
}
