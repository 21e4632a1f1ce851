/**
 * One exporter per format, each writing to a {@link java.io.Writer}; no file handling here.
 *
 * <h2>Shape</h2>
 * {@link org.trialworkbench.export.JsonExporter} ({@code json}), {@link org.trialworkbench.export.CsvExporter}
 * ({@code csv}), {@link org.trialworkbench.export.HtmlExporter} ({@code html}) and
 * {@link org.trialworkbench.export.MarkdownExporter} ({@code md}). The three human-readable formats share
 * the wording of fields ({@code TrialFields}, {@code ItemFields}), the annotation attributes
 * ({@code AnnotationColumns}) and where each note goes ({@code AnnotationIndex}); HTML and Markdown
 * render one outline of format-neutral tables ({@code ExportOutline}, {@code ExportTable}), so they
 * state the same content.
 *
 * <h2>Decisions</h2>
 * <ul>
 * <li>CSV is long: one row per attribute of an item ({@code trial_id, item_type, item_key, field,
 * value, source_text} + annotation columns). An item with several annotations repeats its rows once
 * per annotation, so no cell needs an inner separator.</li>
 * <li>CSV cells are all text by design (the value column mixes numbers and words); every cell that
 * starts with {@code = + - @}, tab or CR gets a leading {@code '} (OWASP), negative numbers included.</li>
 * <li>Bidi controls (U+202A–U+202E, U+2066–U+2069) become visible {@code [U+202E]} tokens in every
 * format rather than being dropped: the reviewer sees that the source contained one.</li>
 * <li>A note whose target is not in the trial (an item a re-read dropped) is never dropped: CSV
 * rows of type {@code annotation}, a last row "Notes on items not in this record" in HTML/Markdown.</li>
 * <li>HTML has no script, no link and no external reference; a Content-Security-Policy meta
 * ({@code default-src 'none'}) backs that up. Long tokens get {@code <wbr>} so tables fit the page.</li>
 * <li>Adding an annotation attribute (e.g. a "corrected" mark) is one line in {@code AnnotationColumns}.</li>
 * </ul>
 */
package org.trialworkbench.export;
