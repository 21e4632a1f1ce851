/**
 * Turning what a reviewer drops (files, folders, zip archives) into documents for the importers,
 * streaming and within limits that keep hostile archives harmless.
 */
package org.trialworkbench.importer.batch;
