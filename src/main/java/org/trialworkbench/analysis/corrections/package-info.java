/**
 * Reviewers' corrections and notes against the reading: the syntax of corrected values
 * ({@link org.trialworkbench.analysis.corrections.CorrectionValues}), the fields a reviewer may
 * correct ({@link org.trialworkbench.analysis.corrections.CorrectableFields}), the corrected view
 * ({@link org.trialworkbench.analysis.corrections.CorrectionApplier}) and the anchors that tell
 * when the source under a note or correction changed
 * ({@link org.trialworkbench.analysis.corrections.AnchorCheck}). Pure functions of the model.
 */
package org.trialworkbench.analysis.corrections;
