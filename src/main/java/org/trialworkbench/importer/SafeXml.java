package org.trialworkbench.importer;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way importers open XML. DTDs are not supported and external entities are never
 * resolved, so a DOCTYPE can neither read a file, reach the network nor expand entities
 * (billion laughs); {@link #refuseDoctype} turns a DOCTYPE into a clear refusal.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entity refused: " + systemId);
        });
        return f;
    }

    /** A streaming reader; the caller closes it (and the stream). */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /** Throws when the reader stands on a DOCTYPE: records never need one, attacks do. */
    public static void refuseDoctype(XMLStreamReader reader) throws XMLStreamException {
        if (reader.getEventType() == XMLStreamReader.DTD) {
            throw new XMLStreamException("the XML declares a DOCTYPE; DOCTYPEs and entities are refused for safety");
        }
    }

    /** A reason a reviewer understands, with the line when the parser knows it. */
    public static String describe(XMLStreamException e) {
        String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
        int cut = message.indexOf("Message: ");
        if (cut >= 0) {
            message = message.substring(cut + "Message: ".length());
        }
        var location = e.getLocation();
        String where = location != null && location.getLineNumber() > 0 ? " (line " + location.getLineNumber() + ")" : "";
        return "malformed XML" + where + ": " + message.strip();
    }
}
