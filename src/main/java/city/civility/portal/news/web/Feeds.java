package city.civility.portal.news.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.news.Article;
import city.civility.portal.news.Channel;
import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.SiteLinks;

/**
 * RSS 2.0 feeds of the newest published articles: {@code /feed.xml} for the whole
 * site, {@code /feed/{channel}.xml} for one channel.
 */
@WebServlet({"/feed.xml", "/feed/*"})
public class Feeds extends HttpServlet {

    static final int ITEMS = 20;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(PortalClock.ZONE);

    @Inject
    PublicNews news;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    SiteLinks links;

    @Inject
    @ConfigProperty(name = "portal.city.name")
    String cityName;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Channel channel = null;
        if (request.getServletPath().equals("/feed")) {
            String path = request.getPathInfo() == null ? "" : request.getPathInfo();
            Optional<Channel> found = path.matches("/[a-z0-9-]{1,64}\\.xml") ? news.channel(path.substring(1, path.length() - 4)) : Optional.empty();
            if (found.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            channel = found.get();
        }
        List<Article> items = news.latest(channel, 0, ITEMS);
        response.setContentType("application/rss+xml;charset=UTF-8");
        try {
            write(response, channel, items);
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void write(HttpServletResponse response, Channel channel, List<Article> items) throws IOException, XMLStreamException {
        String siteName = Texts.get(Languages.SIMPLIFIED, "site.name", cityName);
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(xml, "title", channel == null ? siteName : siteName + " - " + channel.getName());
        element(xml, "link", channel == null ? links.absolute("/") : links.absolute("/channel/" + channel.getSlug()));
        element(xml, "description", Texts.get(Languages.SIMPLIFIED, "site.tagline"));
        element(xml, "language", "zh-cn");
        element(xml, "lastBuildDate", RFC_822.format(publicContent.current()));
        for (Article article : items) {
            String link = links.absolute("/news/" + article.getId());
            xml.writeStartElement("item");
            element(xml, "title", article.getPublishedRevision().getTitle());
            element(xml, "link", link);
            element(xml, "description", article.getPublishedRevision().getSummary());
            element(xml, "category", article.getChannel().getName());
            element(xml, "pubDate", RFC_822.format(article.getFirstPublishedAt()));
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
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
