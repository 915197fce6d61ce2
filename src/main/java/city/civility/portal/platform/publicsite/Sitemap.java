package city.civility.portal.platform.publicsite;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.publicsite.PublicContribution.SitemapEntry;
import city.civility.portal.platform.publicsite.PublicContribution.SitemapPart;
import city.civility.portal.platform.web.SiteLinks;

/**
 * The sitemap for search engines (sitemaps.org): {@code /sitemap.xml} is an index of the files
 * {@code /sitemap-1.xml}, {@code /sitemap-2.xml}…, each of at most {@code portal.sitemap.urls-per-file}
 * addresses (the protocol allows 50,000): the home page, then every feature's
 * ({@link PublicContribution#sitemap()}, in menu order). A file reads only its own addresses from
 * the features; the page cache keeps the index and the files until the public version moves on.
 * The files stay at the site's root: a sitemap may only list addresses below its own.
 */
@WebServlet({"/sitemap.xml", "*.xml"}) // the other .xml addresses (/feed.xml, /feed/…, /api/…) have mappings that come first
public class Sitemap extends HttpServlet {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern FILE = Pattern.compile("/sitemap-([1-9][0-9]{0,5})\\.xml");

    @Inject
    @Any
    Instance<PublicContribution> contributions;

    @Inject
    SiteLinks links;

    @Inject
    PublicContentVersion publicContent;

    @Inject
    @ConfigProperty(name = "portal.sitemap.urls-per-file")
    int perFile;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        Matcher file = FILE.matcher(path);
        List<SitemapPart> parts = parts();
        long files = Math.max(1, (parts.stream().mapToLong(SitemapPart::size).sum() + perFile - 1) / perFile);
        if (path.equals("/sitemap.xml")) {
            write(response, xml -> index(xml, files));
        } else if (file.matches() && Long.parseLong(file.group(1)) <= files) {
            long first = (Long.parseLong(file.group(1)) - 1) * perFile;
            write(response, xml -> urls(xml, entries(parts, first, perFile)));
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** The home page, then the features' parts in menu order. */
    private List<SitemapPart> parts() {
        return Stream.concat(Stream.of(SitemapPart.of(List.of(new SitemapEntry("/", null)))),
                contributions.stream().sorted(Comparator.comparingInt(PublicContribution::menuOrder))
                        .flatMap(contribution -> contribution.sitemap().stream())).toList();
    }

    /** At most {@code max} addresses from the {@code first} of all parts together, asking each part only for its own share. */
    private static List<SitemapEntry> entries(List<SitemapPart> parts, long first, int max) {
        List<SitemapEntry> entries = new ArrayList<>();
        long start = 0; // of the part, among all addresses
        for (SitemapPart part : parts) {
            long size = part.size();
            long from = Math.max(first, start);
            long to = Math.min(first + max, start + size);
            if (from < to) {
                entries.addAll(part.entries(from - start, (int) (to - from)));
            }
            start += size;
        }
        return entries;
    }

    private void index(XMLStreamWriter xml, long files) throws XMLStreamException {
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NS);
        // Any publication may change any file: each file's last change is the public version's.
        String changed = DateTimeFormatter.ISO_INSTANT.format(publicContent.current().truncatedTo(ChronoUnit.SECONDS));
        for (long n = 1; n <= files; n++) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", links.absolute("/sitemap-" + n + ".xml"));
            element(xml, "lastmod", changed);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void urls(XMLStreamWriter xml, List<SitemapEntry> entries) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        for (SitemapEntry entry : entries) {
            xml.writeStartElement("url");
            element(xml, "loc", links.absolute(entry.path()));
            if (entry.lastModified() != null) {
                element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(entry.lastModified().truncatedTo(ChronoUnit.SECONDS)));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, Body body) throws IOException {
        response.setContentType("application/xml;charset=UTF-8");
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(response.getWriter());
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
