package org.trialworkbench.analysis.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.trialworkbench.analysis.TrialReader;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.TrialImporter;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.CellEntry;
import org.trialworkbench.model.comparison.EligibilityCell;
import org.trialworkbench.model.comparison.EligibilityComparison;
import org.trialworkbench.model.comparison.EligibilityRow;
import org.trialworkbench.model.comparison.RowKind;

/**
 * Not a test: a main that imports real records the way the application does (registry choice,
 * importer, {@link TrialReader}), aligns groups of them as CompareService does, and prints every
 * threshold and demographic row with each cell's reading, the span read and the verdict, for a
 * reviewer to judge. Arguments: files or directories to import, then groups as "ID,ID,ID".
 */
public final class AlignmentProbe {
    private AlignmentProbe() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, Trial> byId = new LinkedHashMap<>();
        List<String> groups = new ArrayList<>();
        for (String arg : args) {
            Path p = Path.of(arg);
            if (Files.exists(p)) {
                importAll(p, byId);
            } else {
                groups.add(arg);
            }
        }
        System.out.println("imported " + byId.size() + " trials");
        for (String group : groups) {
            if (group.equals("LIST")) {
                byId.values().forEach(AlignmentProbe::summarize);
                continue;
            }
            List<Trial> trials = Stream.of(group.split(",")).map(id -> {
                Trial t = byId.get(id);
                if (t == null) {
                    throw new IllegalArgumentException("not imported: " + id);
                }
                return t;
            }).toList();
            print(new EligibilityAligner().align(trials));
        }
    }

    private static void summarize(Trial t) {
        StringBuilder sb = new StringBuilder(t.id() + " " + t.phases() + " age " + t.eligibility().minimumAge() + ":");
        t.eligibility().criteria().forEach(c -> c.thresholds().forEach(th -> sb.append(" | ").append(c.kind().name().charAt(0))
                .append(' ').append(th.parameter()).append(' ').append(th.comparator().symbol()).append(' ').append(th.value())
                .append(' ').append(th.unit()).append(" -> ").append(th.normalized())));
        System.out.println(sb);
    }

    private static void importAll(Path p, Map<String, Trial> byId) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.list(p)) {
                for (Path f : files.sorted().toList()) {
                    if (!f.getFileName().toString().equals("README.md")) {
                        importAll(f, byId);
                    }
                }
            }
            return;
        }
        BytesDocument doc = new BytesDocument(p.getFileName().toString(), Files.readAllBytes(p));
        ImporterRegistry registry = ImporterRegistry.standard();
        TrialImporter importer = registry.choose(doc.head()).map(ImporterRegistry.Choice::importer).orElse(null);
        if (importer == null) {
            System.err.println("no importer for " + p);
            return;
        }
        TrialReader reader = new TrialReader();
        importer.parse(doc, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                Trial t = reader.read(record.trial());
                byId.putIfAbsent(t.id(), t);
            }

            @Override
            public void fail(String location, String reason) {
                System.err.println("unread " + location + ": " + reason);
            }
        });
    }

    private static void print(EligibilityComparison c) {
        System.out.println("\n==== " + String.join("  ", c.trialIds()));
        for (EligibilityRow r : c.rows()) {
            if (r.kind() == RowKind.TEXT) {
                continue;
            }
            System.out.println("-- " + r.label() + " [" + r.unit() + "]" + (r.differs() ? " differs" : " same"));
            for (EligibilityCell cell : r.cells()) {
                for (CellEntry e : cell.entries()) {
                    System.out.println("   " + cell.trialId() + " " + cell.verdict() + "  " + e.display()
                            + (e.span() == null ? "" : "   <= \"" + e.span() + "\"" + (e.flags().isEmpty() ? "" : " " + e.flags()))
                            + (e.criterionKey() == null ? "" : "   {" + e.criterionKey() + ": " + shorten(e.sourceText()) + "}"));
                }
            }
        }
    }

    private static String shorten(String s) {
        return s.length() <= 140 ? s : s.substring(0, 137) + "...";
    }
}
