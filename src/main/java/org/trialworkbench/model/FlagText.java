package org.trialworkbench.model;

/**
 * A threshold flag as a reviewer reads it (eligibility panel, HTML and Markdown exports): the badge on the cell, the sentence in the detail pane,
 * and whether it is a warning (the reading is doubtful and was not compared) or a note.
 */
public record FlagText(String flag, String badge, String explanation, boolean warning) {
}
