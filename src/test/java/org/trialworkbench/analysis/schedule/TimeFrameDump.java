package org.trialworkbench.analysis.schedule;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trialworkbench.model.Schedule;

/**
 * Evaluation tool (not a test): reads every line of a file of time frames and writes one tab-separated
 * row per line: text, time points, recurrence, unread parts (joined by " | "), as {@link ScheduleText}
 * writes them. Used to compare readings before and after a change (timeframe-evaluation.md).
 *
 * <p>Usage: {@code java -cp ... TimeFrameDump IN_FILE OUT_FILE}
 */
public final class TimeFrameDump {

    private TimeFrameDump() {
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        TimeFrameReader reader = new TimeFrameReader();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                Schedule s = reader.read(line);
                out.println(line + "\t" + ScheduleText.points(s) + "\t" + ScheduleText.recurrence(s) + "\t"
                        + String.join(" | ", s.unreadParts()));
            }
        }
    }
}
