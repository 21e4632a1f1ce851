package org.trialworkbench.ui.settings;

import java.util.List;

/**
 * What the window remembers between runs. {@code x}/{@code y} are null until the window has been
 * placed once (then it is centred); {@code lastFolder} is null until a chooser was used;
 * {@code reviewerName} (the author of the reviewer's notes) is null until asked once.
 */
public record UiSettings(Double x, Double y, double width, double height, boolean maximized,
                         List<Double> dividerPositions, String lastFolder, String reviewerName) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;
    public static final UiSettings DEFAULTS = new UiSettings(null, null, 1280, 800, false, List.of(0.32), null, null);

    public UiSettings {
        dividerPositions = dividerPositions == null ? List.of() : List.copyOf(dividerPositions);
        reviewerName = reviewerName == null || reviewerName.isBlank() ? null : reviewerName.strip();
    }

    /** Without a reviewer name. */
    public UiSettings(Double x, Double y, double width, double height, boolean maximized,
                      List<Double> dividerPositions, String lastFolder) {
        this(x, y, width, height, maximized, dividerPositions, lastFolder, null);
    }

    /** The same settings with impossible values (tiny or non-finite sizes, dividers outside 0..1) replaced. */
    public UiSettings sane() {
        boolean sizeOk = Double.isFinite(width) && Double.isFinite(height) && width >= MIN_WIDTH && height >= MIN_HEIGHT;
        boolean placeOk = x != null && y != null && Double.isFinite(x) && Double.isFinite(y);
        List<Double> dividers = dividerPositions.stream().allMatch(d -> d != null && d > 0 && d < 1)
                && !dividerPositions.isEmpty() ? dividerPositions : DEFAULTS.dividerPositions();
        return new UiSettings(placeOk ? x : null, placeOk ? y : null, sizeOk ? width : DEFAULTS.width(),
                sizeOk ? height : DEFAULTS.height(), maximized, dividers, lastFolder, reviewerName);
    }
}
