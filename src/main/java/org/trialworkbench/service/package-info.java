/**
 * Use cases the window and the command line share: import, browse, compare, annotate, export.
 * The interfaces are what the {@code ui} layer sees (so view-models are tested with fakes); the
 * classes named {@code *Service} implement them over the store, importers, readers and exporters.
 */
package org.trialworkbench.service;
