package org.trialworkbench.analysis.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialworkbench.model.Schedule;

class HostileTimeFrameTest {

    private final TimeFrameReader reader = new TimeFrameReader();

    @ParameterizedTest
    @ValueSource(strings = {"every", "every every every", "Day", "Cycle", "Cycle 0 Day 1", "- - -", "((((", "±", "½ month",
            "1.", ".5 days", "9999999999999999999999 days", "week -", "Month -", "up to", "up to up to 5", "twenty-",
            "twenty-four-five weeks", "\u0000\u0001", "日 28", "each cycle is", "end of", "pre-", "12-", "x3"})
    void neverThrowsAndNeverReadsNothingSilently(String timeFrame) {
        assertThatCode(() -> reader.read(timeFrame)).doesNotThrowAnyException();
        Schedule s = reader.read(timeFrame);
        boolean readSomething = !s.timePoints().isEmpty() || s.recurrence() != null;
        assertThat(readSomething || !s.unreadParts().isEmpty()).isTrue();
    }

    /** Reads and checks the CPU time of this thread (wall time is unreliable on a shared machine). */
    private Schedule readTimed(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        Schedule s = reader.read(text);
        Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - before);
        assertThat(cpu).isLessThan(Duration.ofSeconds(3)); // a quadratic reader takes minutes here
        return s;
    }

    @Test
    void readsAVeryLongTimeFrameInLinearTime() {
        String piece = "Day 1, Week 4 and 12 months after surgery, every 3 months up to 2 years; ";
        String longText = piece.repeat(4000) + "until the last dose (((";
        Schedule s = readTimed(longText);
        assertThat(s.unreadParts()).isNotEmpty(); // thousands of recurrences cannot be one
    }

    @Test
    void readsAVeryLongListOfNumbers() {
        StringBuilder b = new StringBuilder("Days ");
        for (int i = 0; i < 20000; i++) {
            b.append(i).append(", ");
        }
        b.append("and 20000");
        Schedule s = readTimed(b.toString());
        assertThat(s.timePoints()).hasSize(20001);
        assertThat(s.unreadParts()).isEmpty();
    }
}
