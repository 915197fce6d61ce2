package city.civility.portal.platform.publicsite;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.publicsite.PublicContribution.FeedItem;
import city.civility.portal.platform.web.SiteLinks;

/** Writes an RSS 2.0 feed of the site (or of a part of it, such as a channel), in Simplified Chinese. */
@ApplicationScoped
public class RssFeed {

    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(PortalClock.ZONE);

    @Inject
    PublicContentVersion publicContent;

    @Inject
    SiteLinks links;

    @Inject
    @ConfigProperty(name = "portal.city.name")
    String cityName;

    /** {@code part} names the part of the site (null for the whole), {@code path} its address. */
    public void write(HttpServletResponse response, String part, String path, List<FeedItem> items) throws IOException {
        String siteName = Texts.get(Languages.SIMPLIFIED, "site.name", cityName);
        response.setContentType("application/rss+xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", part == null ? siteName : siteName + " - " + part);
            element(xml, "link", links.absolute(path));
            element(xml, "description", Texts.get(Languages.SIMPLIFIED, "site.tagline"));
            element(xml, "language", "zh-cn");
            element(xml, "lastBuildDate", RFC_822.format(publicContent.current()));
            for (FeedItem item : items) {
                String link = links.absolute(item.path());
                xml.writeStartElement("item");
                element(xml, "title", item.title());
                element(xml, "link", link);
                element(xml, "description", item.summary());
                element(xml, "category", item.category());
                element(xml, "pubDate", RFC_822.format(item.published()));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(link);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
