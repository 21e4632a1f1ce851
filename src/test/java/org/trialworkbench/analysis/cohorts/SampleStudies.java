package org.trialworkbench.analysis.cohorts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.CollectingSink;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.ictrp.IctrpXmlImporter;
import org.trialworkbench.model.Arm;
import org.trialworkbench.model.Intervention;
import org.trialworkbench.model.RegistryId;
import org.trialworkbench.model.Trial;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every study of /work/shared/registry-samples cut down to the cohort reader's input fields, in the
 * shape of the record fixtures (id, source, phases, briefSummary, detailedDescription, arms,
 * interventions). ClinicalTrials.gov fields are taken as the file writes them (outer whitespace
 * stripped); ICTRP records have no arms or descriptions of their own, so theirs are what the ICTRP
 * importer gives the reader. Test support only.
 */
final class SampleStudies {
    static final Path ROOT = Path.of("/work/shared/registry-samples");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One study: its trial id, every registry id it carries, and its fixture-shaped fields. */
    record Study(String id, Set<String> ids, ObjectNode fields) {
    }

    private SampleStudies() {
    }

    /** All studies: folders ctgov-json, ctgov-v1-json, ctgov-xml, ictrp-xml; files sorted; records in order. */
    static List<Study> all() {
        List<Study> out = new ArrayList<>();
        files("ctgov-json", ".json").forEach(f -> v2(f, out));
        files("ctgov-v1-json", ".json").forEach(f -> v1(f, out));
        files("ctgov-xml", ".xml").forEach(f -> xml(f, out));
        files("ictrp-xml", ".xml").forEach(f -> ictrp(f, out));
        return out;
    }

    private static List<Path> files(String folder, String suffix) {
        try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source(Path f) {
        return ROOT.relativize(f).toString();
    }

    private static JsonNode readJson(Path f) {
        try {
            return JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- ClinicalTrials.gov API v2 JSON: one study, an array of studies, or a search page.

    private static void v2(Path f, List<Study> out) {
        JsonNode root = readJson(f);
        JsonNode studies = root.isArray() ? root : root.has("studies") ? root.get("studies") : NODES.arrayNode().add(root);
        for (JsonNode s : studies) {
            JsonNode p = s.path("protocolSection");
            JsonNode d = p.path("descriptionModule");
            JsonNode ai = p.path("armsInterventionsModule");
            ObjectNode c = shell(p.path("identificationModule").path("nctId").asText(), source(f));
            p.path("designModule").path("phases").forEach(ph -> c.withArray("phases").add(ph.asText()));
            c.put("briefSummary", text(d.get("briefSummary")));
            c.put("detailedDescription", text(d.get("detailedDescription")));
            for (JsonNode a : ai.path("armGroups")) {
                arm(c, text(a.get("label")), text(a.get("type")), text(a.get("description")), a.path("interventionNames"));
            }
            for (JsonNode i : ai.path("interventions")) {
                intervention(c, text(i.get("type")), text(i.get("name")), text(i.get("description")));
            }
            out.add(ctgov(c));
        }
    }

    // --- ClinicalTrials.gov legacy v1 JSON (FullStudiesResponse).

    private static void v1(Path f, List<Study> out) {
        for (JsonNode s : readJson(f).path("FullStudiesResponse").path("FullStudies")) {
            JsonNode p = s.path("Study").path("ProtocolSection");
            JsonNode d = p.path("DescriptionModule");
            JsonNode ai = p.path("ArmsInterventionsModule");
            ObjectNode c = shell(p.path("IdentificationModule").path("NCTId").asText(), source(f));
            p.path("DesignModule").path("PhaseList").path("Phase").forEach(ph -> c.withArray("phases").add(ph.asText()));
            c.put("briefSummary", text(d.get("BriefSummary")));
            c.put("detailedDescription", text(d.get("DetailedDescription")));
            for (JsonNode a : ai.path("ArmGroupList").path("ArmGroup")) {
                arm(c, text(a.get("ArmGroupLabel")), text(a.get("ArmGroupType")), text(a.get("ArmGroupDescription")),
                        a.path("ArmGroupInterventionList").path("ArmGroupInterventionName"));
            }
            for (JsonNode i : ai.path("InterventionList").path("Intervention")) {
                intervention(c, text(i.get("InterventionType")), text(i.get("InterventionName")),
                        text(i.get("InterventionDescription")));
            }
            out.add(ctgov(c));
        }
    }

    // --- ClinicalTrials.gov legacy XML (one clinical_study per file).

    private static void xml(Path f, List<Study> out) {
        Element root = parseXml(f).getDocumentElement();
        ObjectNode c = shell(child(firstChild(root, "id_info"), "nct_id"), source(f));
        for (Element ph : children(root, "phase")) {
            c.withArray("phases").add(ph.getTextContent().strip());
        }
        c.put("briefSummary", child(firstChild(root, "brief_summary"), "textblock"));
        c.put("detailedDescription", child(firstChild(root, "detailed_description"), "textblock"));
        for (Element a : children(root, "arm_group")) {
            arm(c, child(a, "arm_group_label"), child(a, "arm_group_type"), child(a, "description"), NODES.arrayNode());
        }
        for (Element i : children(root, "intervention")) {
            intervention(c, child(i, "intervention_type"), child(i, "intervention_name"), child(i, "description"));
        }
        out.add(ctgov(c));
    }

    private static Document parseXml(Path f) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(f.toFile());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + f, e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nodes = parent.getChildNodes();
        for (int k = 0; k < nodes.getLength(); k++) {
            Node n = nodes.item(k);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element firstChild(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static String child(Element parent, String name) {
        Element e = firstChild(parent, name);
        return e == null ? null : strip(e.getTextContent());
    }

    // --- WHO ICTRP export: the reader's fields as the project's ICTRP importer maps them.

    private static void ictrp(Path f, List<Study> out) {
        BytesDocument doc;
        try {
            doc = new BytesDocument(f.getFileName().toString(), Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (ParsedRecord r : CollectingSink.parse(new IctrpXmlImporter(), doc).records) {
            Trial t = r.trial();
            ObjectNode c = shell(t.id(), source(f));
            t.phases().forEach(ph -> c.withArray("phases").add(ph.name()));
            c.put("briefSummary", t.briefSummary());
            c.put("detailedDescription", t.detailedDescription());
            for (Arm a : t.arms()) {
                ArrayNode names = NODES.arrayNode();
                a.interventionNames().forEach(names::add);
                arm(c, a.label(), a.type() == null ? null : a.type().name(), a.description(), names);
            }
            for (Intervention i : t.interventions()) {
                intervention(c, i.type() == null ? null : i.type().name(), i.name(), i.description());
            }
            Set<String> ids = new LinkedHashSet<>();
            ids.add(t.id());
            t.registryIds().stream().map(RegistryId::id).forEach(ids::add);
            out.add(new Study(t.id(), ids, c));
        }
    }

    // --- fixture shape

    private static ObjectNode shell(String id, String source) {
        ObjectNode c = NODES.objectNode();
        c.put("id", id);
        c.put("source", source);
        c.putArray("phases");
        c.putNull("briefSummary");
        c.putNull("detailedDescription");
        c.putArray("arms");
        c.putArray("interventions");
        return c;
    }

    private static void arm(ObjectNode c, String label, String type, String description, JsonNode names) {
        ObjectNode a = c.withArray("arms").addObject();
        a.put("label", label);
        a.put("type", type);
        a.put("description", description);
        ArrayNode n = a.putArray("interventionNames");
        names.forEach(x -> n.add(x.asText()));
    }

    private static void intervention(ObjectNode c, String type, String name, String description) {
        ObjectNode i = c.withArray("interventions").addObject();
        i.put("type", type);
        i.put("name", name);
        i.put("description", description);
    }

    private static Study ctgov(ObjectNode c) {
        String id = c.get("id").asText();
        return new Study(id, Set.of(id), c);
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : strip(v.asText());
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
