package org.trialworkbench.importer.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Walks files, folders (recursively, in name order) and zip archives, handing every document to a
 * visitor. Archives are told from their content (the zip signature), not their names; their entries
 * are read in place, one at a time, and never written to disk, so entry names like {@code ../x}
 * cannot place anything anywhere — they are refused all the same, since no real export has them.
 */
public final class DocumentWalker {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ArchiveLimits limits;

    public DocumentWalker(ArchiveLimits limits) {
        this.limits = limits;
    }

    public DocumentWalker() {
        this(ArchiveLimits.DEFAULT);
    }

    /** Total size of the files under the paths (for progress); 0 for what cannot be read. */
    public static long totalBytes(List<Path> paths) {
        long total = 0;
        for (Path path : paths) {
            try (Stream<Path> files = Files.walk(path)) {
                total += files.filter(Files::isRegularFile).mapToLong(DocumentWalker::sizeOf).sum();
            } catch (IOException | RuntimeException e) {
                // unreadable paths are reported when walked
            }
        }
        return total;
    }

    public void walk(List<Path> paths, DocumentVisitor visitor) {
        for (Path path : paths) {
            if (visitor.cancelled()) {
                return;
            }
            walkPath(path, visitor);
        }
    }

    private void walkPath(Path path, DocumentVisitor visitor) {
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                List<Path> sorted = files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
                for (Path file : sorted) {
                    if (visitor.cancelled()) {
                        return;
                    }
                    walkFile(file, visitor);
                }
            } catch (IOException | RuntimeException e) {
                visitor.failure(path.toString(), "the folder cannot be read: " + e.getMessage());
            }
        } else if (Files.exists(path)) {
            walkFile(path, visitor);
        } else {
            visitor.failure(path.toString(), "no such file or folder");
        }
    }

    private void walkFile(Path file, DocumentVisitor visitor) {
        String name = file.toString();
        if (!Files.isReadable(file)) {
            visitor.failure(name, "the file cannot be read (permissions)");
            return;
        }
        if (isZip(file)) {
            walkZip(file, name, visitor);
        } else {
            visitor.document(new FileDocument(file, name), sizeOf(file));
        }
    }

    private void walkZip(Path file, String name, DocumentVisitor visitor) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            new ZipEntries(zip, name, limits, visitor, sizeOf(file)).visitAll();
        } catch (ZipException e) {
            visitor.failure(name, "the zip archive is damaged or truncated (" + e.getMessage() + ")");
        } catch (IOException e) {
            visitor.failure(name, "the zip archive cannot be read: " + e.getMessage());
        }
    }

    static boolean startsWithZipMagic(byte[] head) {
        if (head.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (head[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return startsWithZipMagic(in.readNBytes(ZIP_MAGIC.length));
        } catch (IOException e) {
            return false;
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Visits one archive's entries under the limits. */
    private record ZipEntries(ZipFile zip, String name, ArchiveLimits limits, DocumentVisitor visitor, long zipBytes) {

        void visitAll() {
            List<? extends ZipEntry> entries = zip.stream().filter(e -> !e.isDirectory()).toList();
            if (entries.size() > limits.maxEntries()) {
                visitor.failure(name, "the archive has " + entries.size() + " entries, more than the limit of "
                        + limits.maxEntries() + "; not read");
                return;
            }
            long declaredTotal = 0;
            for (ZipEntry entry : entries) {
                declaredTotal += Math.max(0, entry.getSize());
            }
            if (declaredTotal > limits.maxTotalBytes()) {
                visitor.failure(name, "the archive unpacks to " + declaredTotal / (1024 * 1024)
                        + " MB, more than the limit; not read");
                return;
            }
            long perEntryBytes = entries.isEmpty() ? 0 : zipBytes / entries.size();
            for (ZipEntry entry : entries) {
                if (visitor.cancelled()) {
                    return;
                }
                visit(entry, perEntryBytes);
            }
        }

        private void visit(ZipEntry entry, long bytes) {
            String entryName = name + "!" + entry.getName();
            if (isUnsafeName(entry.getName())) {
                visitor.failure(entryName, "the entry's path leaves the archive (absolute or '..'); refused");
                return;
            }
            ZipEntryDocument document = new ZipEntryDocument(zip, entry, entryName, limits);
            try (InputStream in = document.open()) {
                if (startsWithZipMagic(in.readNBytes(ZIP_MAGIC.length))) {
                    visitor.failure(entryName, "an archive inside an archive is not opened; unpack it first");
                    return;
                }
            } catch (IOException e) {
                visitor.failure(entryName, "the entry cannot be read: " + e.getMessage());
                return;
            }
            visitor.document(document, bytes);
        }

        private static boolean isUnsafeName(String entryName) {
            String n = entryName.replace('\\', '/');
            return n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.equals("..") || n.startsWith("../")
                    || n.contains("/../") || n.endsWith("/..");
        }
    }
}
