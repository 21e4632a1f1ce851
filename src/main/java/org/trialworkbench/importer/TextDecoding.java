package org.trialworkbench.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes text whose encoding nobody told us: a byte-order mark wins; then UTF-16 without a mark
 * (told by its zero bytes); then strict UTF-8; then the Japanese encodings jRCT pages are saved in
 * on Japanese systems (Shift_JIS, EUC-JP), judged by how much of the text they turn into Japanese;
 * windows-1252 last, which decodes anything.
 */
public final class TextDecoding {
    private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");
    private static final Charset EUC_JP = Charset.forName("EUC-JP");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    public static String decode(byte[] bytes) {
        return decode(bytes, bytes.length, true);
    }

    /**
     * Decodes the first {@code length} bytes. When {@code complete} is false the bytes are a head
     * cut at an arbitrary point, so a broken character at the very end is tolerated.
     */
    public static String decode(byte[] bytes, int length, boolean complete) {
        Charset charset = detect(bytes, length, complete);
        int skip = bomLength(bytes, length);
        return new String(bytes, skip, length - skip, charset);
    }

    public static Charset detect(byte[] bytes, int length, boolean complete) {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        Charset utf16 = utf16WithoutMark(bytes, length);
        if (utf16 != null) {
            return utf16;
        }
        if (decodesStrictly(bytes, length, StandardCharsets.UTF_8, complete)) {
            return StandardCharsets.UTF_8;
        }
        Charset best = null;
        int bestJapanese = 0;
        for (Charset candidate : List.of(SHIFT_JIS, EUC_JP)) {
            if (decodesStrictly(bytes, length, candidate, complete)) {
                int japanese = countJapanese(new String(bytes, 0, length, candidate));
                if (japanese > bestJapanese) {
                    best = candidate;
                    bestJapanese = japanese;
                }
            }
        }
        return best != null ? best : WINDOWS_1252;
    }

    private static int bomLength(byte[] b, int length) {
        if (startsWith(b, length, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (startsWith(b, length, 0xFF, 0xFE) || startsWith(b, length, 0xFE, 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static Charset utf16WithoutMark(byte[] b, int length) {
        int n = Math.min(length, 4096) & ~1;
        if (n < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                if ((i & 1) == 0) {
                    zeroEven++;
                } else {
                    zeroOdd++;
                }
            }
        }
        int half = n / 2;
        if (zeroOdd > half * 0.4 && zeroEven < half * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > half * 0.4 && zeroOdd < half * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean decodesStrictly(byte[] bytes, int length, Charset charset, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(Math.max(16, length));
        var result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        if (complete) {
            result = decoder.flush(out);
            return !result.isError();
        }
        return true;
    }

    private static int countJapanese(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(s.charAt(i));
            if (block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
                    || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                    || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION) {
                n++;
            }
        }
        return n;
    }

    private static boolean startsWith(byte[] b, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

}
