/**
 * Entry points: {@link org.trialworkbench.app.Launcher} (the jar's main class: the desktop window
 * when no command is given, else the command line) and the composition root that wires the
 * layers with plain constructors.
 */
package org.trialworkbench.app;
