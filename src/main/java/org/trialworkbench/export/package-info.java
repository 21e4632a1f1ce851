/** One exporter per format, each writing to a {@link java.io.Writer}; no file handling here. */
package org.trialworkbench.export;
