package org.trialworkbench.importer.ctgov;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trialworkbench.importer.SafeXml;

/**
 * Reads a legacy ClinicalTrials.gov XML document into an {@link XmlElement} tree through
 * {@link SafeXml}: a DOCTYPE or an entity reference is refused, the results section (the bulk of
 * a record, not used by the import) is checked for well-formedness but not kept, and the kept
 * text is capped so a hostile file cannot exhaust memory.
 */
final class XmlTreeReader {
    static final int MAX_TEXT_CHARS = 32 * 1024 * 1024;
    private static final Set<String> SKIPPED = Set.of("clinical_results", "condition_browse", "intervention_browse");

    private XmlTreeReader() {
    }

    /** The root element with everything kept below it. */
    static XmlElement read(InputStream in) throws XMLStreamException {
        XMLStreamReader r = SafeXml.open(in);
        try {
            return readTree(r);
        } finally {
            r.close();
        }
    }

    private static XmlElement readTree(XMLStreamReader r) throws XMLStreamException {
        TreeBuilder tree = new TreeBuilder();
        while (r.hasNext()) {
            int event = r.next();
            SafeXml.refuseDoctype(r);
            switch (event) {
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "the XML uses the entity &" + r.getLocalName() + "; entities are refused for safety", r.getLocation());
                case XMLStreamConstants.START_ELEMENT -> tree.start(r);
                case XMLStreamConstants.END_ELEMENT -> tree.end();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> tree.text(r);
                default -> {
                    // comments, processing instructions, END_DOCUMENT: nothing to keep
                }
            }
        }
        if (tree.root == null) {
            throw new XMLStreamException("the document has no root element");
        }
        return tree.root;
    }

    /** The elements being built; elements inside a skipped section are only counted. */
    private static final class TreeBuilder {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private XmlElement root;
        private int skipDepth;
        private long kept;

        void start(XMLStreamReader r) {
            if (skipDepth > 0 || (!open.isEmpty() && SKIPPED.contains(r.getLocalName()))) {
                skipDepth++;
                return;
            }
            XmlElement e = new XmlElement(r.getLocalName(), attributes(r));
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().addChild(e);
            }
            open.push(e);
        }

        void end() {
            if (skipDepth > 0) {
                skipDepth--;
            } else {
                open.pop();
            }
        }

        void text(XMLStreamReader r) throws XMLStreamException {
            if (skipDepth > 0 || open.isEmpty()) {
                return;
            }
            kept += r.getTextLength();
            if (kept > MAX_TEXT_CHARS) {
                throw new XMLStreamException("the record holds more than " + MAX_TEXT_CHARS / (1024 * 1024)
                        + " million characters of text; not a ClinicalTrials.gov record", r.getLocation());
            }
            open.peek().appendText(r.getText());
        }
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            out.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return out;
    }
}
