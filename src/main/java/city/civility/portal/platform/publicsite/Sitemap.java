package city.civility.portal.platform.publicsite;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import city.civility.portal.platform.web.SiteLinks;

/** {@code /sitemap.xml}: the home page and every feature's public addresses ({@link PublicContribution#sitemap()}), for search engines. */
@WebServlet("/sitemap.xml")
public class Sitemap extends HttpServlet {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    @Any
    Instance<PublicContribution> contributions;

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
            for (PublicContribution contribution : contributions.stream()
                    .sorted(Comparator.comparingInt(PublicContribution::menuOrder)).toList()) {
                for (PublicContribution.SitemapEntry entry : contribution.sitemap()) {
                    url(xml, links.absolute(entry.path()),
                            entry.lastModified() == null ? null : DateTimeFormatter.ISO_INSTANT.format(entry.lastModified()));
                }
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
