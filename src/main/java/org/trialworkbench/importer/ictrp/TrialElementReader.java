package org.trialworkbench.importer.ictrp;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one element (the reader standing on its start tag) to its end tag, collecting the text of
 * each child element and re-serializing the element as UTF-8 XML: tags and attributes as read,
 * text escaped the same way every time, so the same element always gives the same bytes.
 */
final class TrialElementReader {
    private static final int MAX_FIELD_CHARS = 2 * 1024 * 1024;

    private TrialElementReader() {
    }

    /** The child fields (repeated children joined by a line break) and the element's bytes. */
    record Element(Map<String, String> fields, byte[] raw) {
    }

    static Element read(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        StringBuilder xml = new StringBuilder();
        StringBuilder text = new StringBuilder();
        String child = null;
        int depth = 0;
        do {
            int event = depth == 0 ? reader.getEventType() : reader.next();
            SafeXmlEvents.refuseEntities(reader);
            switch (event) {
                case XMLStreamReader.START_ELEMENT -> {
                    startTag(reader, xml);
                    depth++;
                    if (depth == 2) {
                        child = reader.getLocalName();
                        text.setLength(0);
                    }
                }
                case XMLStreamReader.END_ELEMENT -> {
                    xml.append("</").append(reader.getLocalName()).append('>');
                    if (depth == 2 && child != null) {
                        fields.merge(child, text.toString(), (a, b) -> a + "\n" + b);
                        child = null;
                    }
                    depth--;
                }
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE -> {
                    String chars = reader.getText();
                    escape(chars, xml);
                    if (depth >= 2) {
                        if (text.length() + chars.length() > MAX_FIELD_CHARS) {
                            throw new XMLStreamException("field <" + child + "> is longer than " + MAX_FIELD_CHARS
                                    + " characters, far beyond any registry record");
                        }
                        text.append(chars);
                    }
                }
                default -> {
                    // comments and processing instructions are not part of the record
                }
            }
        } while (depth > 0);
        return new Element(fields, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void startTag(XMLStreamReader reader, StringBuilder xml) {
        xml.append('<').append(reader.getLocalName());
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            xml.append(' ').append(reader.getAttributeLocalName(i)).append("=\"");
            escape(reader.getAttributeValue(i), xml);
            xml.append('"');
        }
        xml.append('>');
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> out.append(c);
            }
        }
    }
}
