package org.trialworkbench.ui.schedule;

/** A labelled tick on a time axis, {@code x} from 0 to 1. */
public record AxisTick(double x, String label) {
}
