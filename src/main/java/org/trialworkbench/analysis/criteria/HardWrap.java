package org.trialworkbench.analysis.criteria;

import java.util.List;

/**
 * Tells a line break made by hard wrapping (a text broken at a fixed width) from a break the writer made,
 * in a section without list markers. A line starting lower-case continues the one before only when that
 * one was full: the section shows a wrap width (its longest line, of 60 characters or more, reached within
 * a few characters by at least two lines) and the
 * next line's first word would not have fitted after it. Otherwise lower-case lines are items of their own
 * ("pregnant women" / "under 18 years of age" / "patients undergoing emergency surgery"), which were read
 * as one criterion before.
 */
final class HardWrap {
    /** How far short of the widest line a line may stop and still show the same wrap width. */
    private static final int WIDTH_SLACK = 10;
    /** Texts are wrapped at 60 to 80 columns or more; a section of short lines shows no wrap width. */
    private static final int NARROWEST_WRAP = 60;
    private final int width;
    private final boolean wrapped;

    private HardWrap(int width, boolean wrapped) {
        this.width = width;
        this.wrapped = wrapped;
    }

    /** The wrap width the section's lines show, if any. */
    static HardWrap of(List<String> lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.strip().length());
        }
        int near = 0;
        for (String line : lines) {
            near += line.strip().length() >= width - WIDTH_SLACK ? 1 : 0;
        }
        return new HardWrap(width, near >= 2 && width >= NARROWEST_WRAP);
    }

    /**
     * Whether {@code next} (stripped) is the wrapped rest of {@code previous}: only a line starting lower-case
     * can be. (An upper-case start after a full line was tried: lists of long items read as wrapped, and distinct
     * criteria ran together.)
     */
    boolean wrapsBefore(String previous, String next) {
        if (!Character.isLowerCase(next.charAt(0))) {
            return false;
        }
        if (next.startsWith("or ") || next.startsWith("and ")) {
            return true; // an alternative or a further condition of the line before, written on a line of its own
        }
        int firstWord = next.indexOf(' ');
        return wrapped && previous.length() + 1 + (firstWord < 0 ? next.length() : firstWord) > width;
    }
}
