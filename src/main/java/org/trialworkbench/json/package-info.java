/**
 * The product's own JSON format ({@code trial-export.schema.json}, schema version 1) to and from
 * the model. Shared by the JSON exporter and the {@code workbench-json} importer so that the two
 * can never drift apart; depends on {@code model} only.
 */
package org.trialworkbench.json;
