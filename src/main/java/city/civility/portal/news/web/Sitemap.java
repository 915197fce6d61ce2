package city.civility.portal.news.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.news.Topic;
import city.civility.portal.platform.web.SiteLinks;

/** {@code /sitemap.xml}: the home page, every channel, visible topic and published article, for search engines. */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    PublicNews news;

    @Inject
    SiteLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            url(xml, links.absolute("/"), null);
            for (Channel channel : news.channels()) {
                url(xml, links.absolute("/channel/" + channel.getSlug()), null);
            }
            url(xml, links.absolute("/topics"), null);
            for (Topic topic : news.topics(Integer.MAX_VALUE)) {
                url(xml, links.absolute("/topic/" + topic.getSlug()), DateTimeFormatter.ISO_INSTANT.format(topic.getChangedAt()));
            }
            for (PublicNews.Listed article : news.allPublished()) {
                url(xml, links.absolute("/news/" + article.id()), DateTimeFormatter.ISO_INSTANT.format(article.lastModified()));
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void url(XMLStreamWriter xml, String location, String lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
