/**
 * WHO ICTRP "Export to XML" ({@link org.trialworkbench.importer.ictrp.IctrpXmlImporter}, format
 * {@code ictrp-xml}) and the field readers it shares with the EU CTR page reader.
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>Raw bytes: each {@code <Trial>} is re-serialized (tags, attributes and text as read, one
 *   fixed escaping) rather than sliced from the file; StAX gives no reliable byte offsets, and
 *   the canonical form hashes the same on every import of the same file.</li>
 *   <li>Ids: {@code RegistryIds} canonical forms, so the member-state copies of one EudraCT trial
 *   ({@code EUCTR2021-000037-14-ES}, {@code -PL} ...) become one id; an id it does not know is kept
 *   as written with the record's Source_Register and a warning.</li>
 *   <li>Status: ICTRP "Not recruiting" is read as ACTIVE_NOT_RECRUITING (it says only that
 *   recruitment is closed); "Authorised" (ICTRP: "recruitment may be ongoing or finished") and
 *   other statuses without an honest equivalent stay null with a warning. Table:
 *   {@code recruitment-status.txt}.</li>
 *   <li>Phase "0" (ChiCTR) is EARLY_PHASE1, as ClinicalTrials.gov renamed Phase 0; an observational
 *   study has no phase (its stated phase is kept as text with a warning).</li>
 *   <li>EU design flags are read by their answers only: a label left blank says nothing, and a list
 *   answered all "no" (open, single and double blind too) is an unanswered form: no design, a warning.</li>
 *   <li>A target size given per group ("control group:50;sepsis group:50;") becomes their sum, with
 *   a warning and the text kept.</li>
 *   <li>Nothing is silently dropped: unread values are null with a warning and their text goes to
 *   {@code detailedDescription} ("Phase (unread): ..."); the study design text, secondary sponsor
 *   and source of support are kept there too; EU objectives go to {@code briefSummary}. Contact
 *   names, e-mails and phones are not copied into the trial (they stay in the raw record).</li>
 *   <li>Outcomes are split only at clear separators (";" outside brackets, bullets, one per line);
 *   EU end points are one outcome each with their time points as time frame. Bullets win over ";";
 *   hard-wrapped lines are joined ({@link org.trialworkbench.importer.ictrp.WrappedLines}); an outcome
 *   that is only "Not applicable"/"None" is none.</li>
 *   <li>The export's own damage is mended only where the shape is unmistakable: a field repeated whole
 *   is read once ({@link org.trialworkbench.importer.ictrp.RepeatedText}), a numbered list flattened into
 *   one line is broken again ({@link org.trialworkbench.importer.ictrp.LostLineBreaks}); a '≥'/'≤' lost
 *   to "=" or "*" is not guessed but named in a warning
 *   ({@link org.trialworkbench.importer.ictrp.LostSigns}).</li>
 * </ul>
 */
package org.trialworkbench.importer.ictrp;
