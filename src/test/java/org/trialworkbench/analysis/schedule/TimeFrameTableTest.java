package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trialworkbench.model.Schedule;

/** Real time frames from the registry samples with the schedule judged right for each. */
class TimeFrameTableTest {

    private static final TimeFrameReader READER = new TimeFrameReader();

    static List<CSVRecord> rows(String resource) throws IOException {
        try (InputStream in = TimeFrameTableTest.class.getResourceAsStream(resource)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).build();
            return new ArrayList<>(format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords());
        }
    }

    static Stream<CSVRecord> tuningCases() throws IOException {
        return rows("/analysis/timeframe-cases.csv").stream();
    }

    @Test
    void tableHoldsAtLeastAHundredRealTimeFrames() throws IOException {
        assertThat(rows("/analysis/timeframe-cases.csv")).hasSizeGreaterThanOrEqualTo(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tuningCases")
    void readsRealTimeFrameAsJudged(CSVRecord row) {
        Schedule s = READER.read(row.get("time_frame"));
        assertThat(ScheduleText.points(s)).as("time points").isEqualTo(row.get("time_points"));
        assertThat(ScheduleText.recurrence(s)).as("recurrence").isEqualTo(row.get("recurrence"));
        assertThat(!s.unreadParts().isEmpty()).as("has unread parts: " + s.unreadParts())
                .isEqualTo(Boolean.parseBoolean(row.get("has_unread")));
    }
}
