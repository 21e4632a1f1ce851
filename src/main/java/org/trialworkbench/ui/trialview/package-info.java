/**
 * The trial view: one trial's ids, key fields with the sources that state them, the fields its
 * sources disagree on (every value, the shown one first), its sources with "Split this source
 * out…", and merge offers for records without a registry id.
 *
 * <p>Decisions:
 * <ul>
 * <li>A split is refused when the taken-out source, read alone, has the same primary id as the rest
 *     (000 and 001 both name NCT00962923): records that state the same registry id are one trial by
 *     the registry's own word, and two stored trials of one id cannot exist. Splits are for wrong
 *     merges (a sponsor id shared by accident, a reviewer's mistaken merge); disagreements between
 *     true copies stay visible as conflicts instead.</li>
 * <li>A split is remembered as a merge block; imports respect it, "Keep apart" writes one too, and
 *     a merge on request lifts it.</li>
 * <li>Annotations stay with the trial that keeps the old id (the remaining one when neither does).</li>
 * <li>A merge on request takes the registry id over a {@code local-} id, as imports do.</li>
 * </ul>
 */
package org.trialworkbench.ui.trialview;
