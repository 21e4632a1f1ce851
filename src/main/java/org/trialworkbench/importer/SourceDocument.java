package org.trialworkbench.importer;

import java.io.IOException;
import java.io.InputStream;

/**
 * A document to import: a file or one entry of an archive. {@link #open()} may be called more
 * than once; each call gives a fresh stream from the start. {@link #text()} decodes the whole
 * document (for the text formats, which are small) and refuses documents over
 * {@link #MAX_TEXT_BYTES}.
 */
public interface SourceDocument {
    long MAX_TEXT_BYTES = 32L * 1024 * 1024;

    /** {@code file} or {@code file!entry}, as shown in reports. */
    String name();

    InputStream open() throws IOException;

    DocumentHead head();

    /** The whole document decoded to text (BOM, UTF-16, UTF-8, Shift_JIS, EUC-JP, windows-1252). */
    String text() throws IOException;
}
