package org.trialworkbench.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Ids for records that carry no registry id: {@code local-} and 12 hex digits of the SHA-256 of
 * the normalized title, so the same record gets the same id on every import and a copy with the
 * same title (another page of the same trial) gets it too.
 */
public final class LocalIds {
    public static final String PREFIX = "local-";

    private LocalIds() {
    }

    public static String fromTitle(String title) {
        String normalized = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return PREFIX + sha256Hex(normalized.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    public static boolean isLocal(String id) {
        return id != null && id.startsWith(PREFIX);
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
