/**
 * Reading registry records into the model. One {@link org.trialworkbench.importer.TrialImporter}
 * per format, in a sub-package per registry family; {@link org.trialworkbench.importer.ImporterRegistry}
 * holds them in an explicit order with the plain-text fallback last.
 */
package org.trialworkbench.importer;
