package org.trialworkbench.export;

import java.util.Locale;
import org.trialworkbench.model.TimeFrameText;
import org.trialworkbench.model.comparison.AssessmentMarker;
import org.trialworkbench.model.comparison.OutcomeScheduleRow;
import org.trialworkbench.model.comparison.TimeScale;
import org.trialworkbench.model.comparison.TrialSchedule;

/**
 * One trial's outcome schedule as inline SVG on the axis all compared trials share
 * ({@link TimeScale#position}), so the drawings line up one under the other. Stated time points
 * are filled dots, recurrence points open dots; an outcome whose time frame was not (fully) read
 * is marked "not read" at the right (one stating no time frame "no time frame"), one with times counted from
 * another event than baseline (not
 * drawn: that event's day is not known) "after an event". Every label is escaped text; no link,
 * no script.
 */
final class HtmlTimeline {
    static final int WIDTH = 1000;
    private static final int LEFT = 70;
    private static final int RIGHT = 900;
    private static final int TOP = 28;
    private static final int ROW = 20;

    private HtmlTimeline() {
    }

    static void svg(StringBuilder out, TrialSchedule s, double end) {
        int height = TOP + Math.max(1, s.rows().size()) * ROW + 8;
        out.append("<figure class=\"timeline\"><figcaption>").append(Html.esc(s.trialId())).append(" — ")
                .append(Html.esc(s.briefTitle())).append("</figcaption>\n");
        out.append("<svg role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\"><title>").append(Html.esc("Outcome schedule of " + s.trialId())).append("</title>\n");
        ticks(out, end, height);
        for (int i = 0; i < s.rows().size(); i++) {
            row(out, s.rows().get(i), end, TOP + i * ROW + ROW / 2);
        }
        if (s.rows().isEmpty()) {
            out.append("<text x=\"").append(LEFT).append("\" y=\"").append(TOP + ROW / 2 + 4).append("\" class=\"none\">no outcome measures</text>\n");
        }
        out.append("</svg></figure>\n");
    }

    private static void ticks(StringBuilder out, double end, int height) {
        out.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP - 4).append("\" x2=\"").append(RIGHT)
                .append("\" y2=\"").append(TOP - 4).append("\"/>\n");
        for (int i = 0; i < TimeScale.TICK_DAYS.length; i++) {
            if (TimeScale.TICK_DAYS[i] > end) {
                break;
            }
            String x = x(TimeScale.TICK_DAYS[i], end);
            out.append("<line class=\"tick\" x1=\"").append(x).append("\" y1=\"").append(TOP - 8).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(height - 4).append("\"/>");
            out.append("<text class=\"ticklabel\" x=\"").append(x).append("\" y=\"").append(TOP - 12).append("\">")
                    .append(Html.esc(TimeScale.TICK_LABELS[i])).append("</text>\n");
        }
    }

    private static void row(StringBuilder out, OutcomeScheduleRow r, double end, int y) {
        out.append("<g class=\"row\"><title>").append(Html.esc(r.outcomeKey() + " " + r.measure() + " — "
                + TimeFrameText.of(r.timeFrame(), r.schedule()))).append("</title>");
        out.append("<text class=\"key\" x=\"4\" y=\"").append(y + 4).append("\">").append(Html.esc(r.outcomeKey())).append("</text>");
        out.append("<line class=\"lane\" x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(RIGHT)
                .append("\" y2=\"").append(y).append("\"/>");
        for (AssessmentMarker m : r.markers()) {
            out.append("<circle class=\"").append(m.recurring() ? "recurring" : "stated").append("\" cx=\"").append(x(m.day(), end))
                    .append("\" cy=\"").append(y).append("\" r=\"").append(m.recurring() ? 3 : 4).append("\"><title>")
                    .append(Html.esc(m.label() + " (day " + ExportText.number(Math.round(m.day() * 10) / 10.0) + ")"))
                    .append("</title></circle>");
        }
        boolean stated = r.timeFrame() != null && !r.timeFrame().isBlank();
        if (r.schedule() == null && !stated) {
            note(out, "anchored", "no time frame", y); // nothing to read: not a failure to read
        } else if (!r.fullyRead()) {
            note(out, "unread", "not read", y);
        } else if (r.schedule() != null && r.schedule().timePoints().stream().anyMatch(p -> !p.fromBaseline())) {
            note(out, "anchored", "after an event", y);
        }
        out.append("</g>\n");
    }

    private static void note(StringBuilder out, String style, String text, int y) {
        out.append("<text class=\"").append(style).append("\" x=\"").append(RIGHT + 8).append("\" y=\"").append(y + 4)
                .append("\">").append(text).append("</text>");
    }

    private static String x(double day, double end) {
        return String.format(Locale.ROOT, "%.1f", LEFT + TimeScale.position(day, end) * (RIGHT - LEFT));
    }
}
