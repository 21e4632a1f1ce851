package org.trialworkbench.importer.ictrp;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trialworkbench.importer.SafeXml;

/** Refusals on top of {@link SafeXml}: a DOCTYPE or an unexpanded entity reference ends reading. */
final class SafeXmlEvents {
    private SafeXmlEvents() {
    }

    static void refuseEntities(XMLStreamReader reader) throws XMLStreamException {
        SafeXml.refuseDoctype(reader);
        if (reader.getEventType() == XMLStreamReader.ENTITY_REFERENCE) {
            throw new XMLStreamException("the XML uses the entity &" + reader.getLocalName()
                    + "; which is not a standard XML entity; entities are refused for safety");
        }
    }
}
