/**
 * EU Clinical Trials Register protocol pages ({@link org.trialworkbench.importer.euctr.EuctrPageImporter},
 * format {@code euctr-page}), saved as HTML or copied as text.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>The reader works on text only; HTML goes through {@code HtmlText.extract} first, so a saved
 *   page and a copied page give the same trial (tested).</li>
 *   <li>A numbered field's value is on its line or on the lines after it up to the next numbered
 *   line; inside a value a line such as "E. coli ..." is text, not a section heading.</li>
 *   <li>The register states age groups (F.1), not limits: minimum/maximum age stay null and the
 *   groups are named in a warning.</li>
 *   <li>End points: E.5.1 with E.5.1.1 is P1, E.5.2 with E.5.2.1 is S1; the text is kept whole.</li>
 *   <li>Countries: the member state concerned (A.1, without its authority) and the third countries
 *   listed in E.8.6.3.</li>
 *   <li>Readers shared with ICTRP (phases, design flags, sex, criteria headers, status table) live
 *   in the {@code ictrp} package.</li>
 * </ul>
 */
package org.trialworkbench.importer.euctr;
