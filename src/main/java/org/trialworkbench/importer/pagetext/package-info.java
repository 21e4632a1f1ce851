/**
 * Importers for registry web pages that reviewers copied as text.
 *
 * <ul>
 *   <li>{@link org.trialworkbench.importer.pagetext.CtgovTabularTextImporter} ({@code ctgov-tabular-text}):
 *   the ClinicalTrials.gov tabular view, "Label ICMJE | value | ||" rows.</li>
 *   <li>{@link org.trialworkbench.importer.pagetext.AggregatorTextImporter} ({@code aggregator-text}):
 *   label/value pages of third-party sites; also the plain-text fallback (claims weakly any text
 *   naming a registry id with recognizable labels), so it belongs last in the registry.</li>
 *   <li>{@link org.trialworkbench.importer.pagetext.JrctTextImporter} ({@code jrct-text}): the jRCT
 *   English page, values without labels in a fixed order.</li>
 *   <li>{@link org.trialworkbench.importer.pagetext.CtgovFieldDumpImporter} ({@code ctgov-field-dump}):
 *   flat "Field: Value" dumps of ClinicalTrials.gov records.</li>
 * </ul>
 *
 * Shared machinery: page splitters ({@code LabelledPage}, {@code TabularPage}, {@code JrctPage}),
 * one section filler ({@code SectionReader}) and small readers for dates, ages, phases, design,
 * time frames and outcome lists. Wording lives in the resource tables next to this package
 * (labels, vocabulary, time-frame shapes, outcome item starts, country aliases).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>"Not Provided", "None", "N/A" and empty cells are "not stated" (null), never a value.
 *   Empty eligibility criteria (only the headers) and empty outcome fields are reported as
 *   warnings so that a reviewer does not read them as "no criteria".</li>
 *   <li>Only ids under id labels (or, on a page without them, the first id outside sections that
 *   list other trials) are the trial's; "Related Clinical Trials" and "References" are skipped.
 *   A sponsor's own study id is {@code RegistryId(id, null)}.</li>
 *   <li>Two unlabelled dates in an aggregator's basic information: start, then study completion
 *   (aggregator timelines show start and completion; primary completion is a ClinicalTrials.gov
 *   milestone such summaries leave out). A warning says the dates were unlabelled.</li>
 *   <li>jRCT progress dates: the first is the date of first enrollment (start); the second is left
 *   unassigned with a warning giving its value, because the copied page does not say what it is.
 *   Last update is the later of the two dates at the top.</li>
 *   <li>Phases are read from labelled fields; from a title only on jRCT pages, which have no phase
 *   field (with a warning); never from free text of a field dump (a warning names the mention).</li>
 *   <li>Outcome measures keep their text whole where the page has no separate time frame; the
 *   time frame is then the time-frame phrase that ends the measure (a leading "at" dropped).
 *   A final period is dropped from measures split out of a paragraph.</li>
 *   <li>Registry-id look-ups are bounded ({@code PageIds}): {@code RegistryIds} is slow on
 *   megabyte inputs, and an id that belongs to the trial stands in a short value or near the top.</li>
 * </ul>
 */
package org.trialworkbench.importer.pagetext;
