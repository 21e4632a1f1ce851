/**
 * ClinicalTrials.gov importers: {@link org.trialworkbench.importer.ctgov.CtgovJsonImporter}
 * ({@code ctgov-json}, API v2), {@link org.trialworkbench.importer.ctgov.CtgovV1JsonImporter}
 * ({@code ctgov-v1-json}, the retired API v1) and {@link org.trialworkbench.importer.ctgov.CtgovXmlImporter}
 * ({@code ctgov-xml}, legacy {@code <clinical_study>}).
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li>One way to do a thing: the three importers share {@code CtgovVocabulary} (text → enums,
 *   synonyms in {@code vocabulary.properties}), {@code CtgovDates}, {@code CtgovAges},
 *   {@code CtgovIds}, {@code CtgovText} and {@code TrialChecks}; only the section mappers differ
 *   per generation ({@code V2*}, {@code V1*}, {@code Xml*}).</li>
 *   <li>A value of the wrong JSON type ({@code "phases": 42}) fails that study with the path
 *   named; the other studies are still imported. A value of the right type that is not understood
 *   ("Phase 7", "Spring 2020") is left empty with a warning: never guessed.</li>
 *   <li>JSON is streamed: one study at a time is read as a tree, mapped and handed on. A JSON
 *   error stops reading at that study; the ones before it are kept.</li>
 *   <li>Raw bytes: a v2 study re-serialized compactly; a v1 entry wrapped as a one-study
 *   {@code FullStudiesResponse} so that stored raw bytes are detected and read again by the same
 *   importer; the XML file as it is.</li>
 *   <li>XML textblocks keep their lines and paragraphs with the XML's indentation removed; the
 *   eligibility text is never split here (the analysis layer does that).</li>
 *   <li>XML arms list no interventions; an arm's intervention names are collected from the
 *   interventions that name the arm, so XML and v1/v2 records of one trial agree.</li>
 * </ul>
 */
package org.trialworkbench.importer.ctgov;
