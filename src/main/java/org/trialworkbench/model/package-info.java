/**
 * The normalized trial: immutable records and enums, JDK only. Field names follow the export
 * schema ({@code trial-export.schema.json}); added fields (source texts, provenance, conflicts)
 * are extensions the schema allows.
 */
package org.trialworkbench.model;
