/** HTML helpers for the text readers: visible text of saved web pages ({@link org.trialworkbench.importer.html.HtmlText}). */
package org.trialworkbench.importer.html;
