package org.trialworkbench.analysis.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Every eligibility text in /work/shared/registry-samples: ctgov v2 JSON "eligibilityCriteria",
 * v1 JSON "EligibilityCriteria" and ctgov XML {@code <criteria><textblock>}. Test support only.
 */
public final class RegistrySampleTexts {
    public static final Path ROOT = Path.of("/work/shared/registry-samples");

    /** One eligibility text and where it came from ("ctgov-json/x.json#3"). */
    public record Sample(String source, String text) {
        @Override
        public String toString() {
            return source;
        }
    }

    private RegistrySampleTexts() {
    }

    static boolean available() {
        return Files.isDirectory(ROOT);
    }

    public static List<Sample> all() throws IOException, XMLStreamException {
        List<Sample> out = new ArrayList<>();
        for (String dir : List.of("ctgov-json", "ctgov-v1-json")) {
            for (Path f : files(dir, ".json")) {
                out.addAll(fromJson(f));
            }
        }
        for (Path f : files("ctgov-xml", ".xml")) {
            out.addAll(fromXml(f));
        }
        return out;
    }

    /** The texts of one JSON file; a top-level array is numbered by record ("#index"). */
    static List<Sample> fromJson(Path f) throws IOException {
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        List<Sample> out = new ArrayList<>();
        String name = ROOT.relativize(f).toString();
        if (root.isArray()) {
            for (int i = 0; i < root.size(); i++) {
                for (String t : eligibility(root.get(i))) {
                    out.add(new Sample(name + "#" + i, t));
                }
            }
        } else {
            for (String t : eligibility(root)) {
                out.add(new Sample(name, t));
            }
        }
        return out;
    }

    private static List<String> eligibility(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                JsonNode v = node.get(field);
                if ((field.equals("eligibilityCriteria") || field.equals("EligibilityCriteria")) && v.isTextual()) {
                    found.add(v.asText());
                } else {
                    collect(v, found);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, found));
        }
    }

    /** A StAX reader that resolves no DTD and no external entity. */
    public static XMLStreamReader xmlReader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory.createXMLStreamReader(in);
    }

    private static List<Sample> fromXml(Path f) throws IOException, XMLStreamException {
        List<Sample> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(f)) {
            XMLStreamReader r = xmlReader(in);
            boolean inCriteria = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("criteria")) {
                    inCriteria = true;
                } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("criteria")) {
                    inCriteria = false;
                } else if (inCriteria && ev == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("textblock")) {
                    out.add(new Sample(ROOT.relativize(f).toString(), r.getElementText()));
                }
            }
            r.close();
        }
        return out;
    }

    /** The files of a samples folder ending in {@code suffix}, sorted; none when the folder is absent. */
    public static List<Path> files(String dir, String suffix) throws IOException {
        Path d = ROOT.resolve(dir);
        if (!Files.isDirectory(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(d)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
