package city.civility.portal.feedback.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;

import city.civility.portal.platform.PortalClock;

/**
 * Writes GeoReport v2's answers in both its formats from one tree: objects are maps (their
 * order kept), lists are {@link Items} (which name their elements in XML), values are strings,
 * numbers, booleans and instants (ISO 8601 with the city's offset). A null value is left out.
 */
final class Open311Output {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(PortalClock.ZONE);

    /** A list; in XML each item is an element named {@code itemName}. */
    record Items(String itemName, List<?> items) {
    }

    private Open311Output() {
    }

    static void xml(String rootName, Object root, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, rootName, root);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        if (value instanceof Items list) {
            for (Object item : list.items()) {
                element(xml, list.itemName(), item);
            }
        } else if (value instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> field : object.entrySet()) {
                element(xml, (String) field.getKey(), field.getValue());
            }
        } else {
            xml.writeCharacters(text(value));
        }
        xml.writeEndElement();
    }

    static void json(Object root, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            value(json, null, root);
        }
    }

    private static void value(JsonGenerator json, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Items list) {
            if (name == null) {
                json.writeStartArray();
            } else {
                json.writeStartArray(name);
            }
            list.items().forEach(item -> value(json, null, item));
            json.writeEnd();
        } else if (value instanceof Map<?, ?> object) {
            if (name == null) {
                json.writeStartObject();
            } else {
                json.writeStartObject(name);
            }
            object.forEach((key, field) -> value(json, (String) key, field));
            json.writeEnd();
        } else if (value instanceof Boolean bool) {
            if (name == null) {
                json.write(bool);
            } else {
                json.write(name, bool);
            }
        } else if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (name == null) {
                json.write(number);
            } else {
                json.write(name, number);
            }
        } else if (value instanceof Double number) {
            if (name == null) {
                json.write(number);
            } else {
                json.write(name, number);
            }
        } else if (name == null) {
            json.write(text(value));
        } else {
            json.write(name, text(value));
        }
    }

    private static String text(Object value) {
        return value instanceof Instant instant ? DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)) : String.valueOf(value);
    }
}
