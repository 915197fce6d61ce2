package city.civility.portal.ads.web;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.omnifaces.util.Faces;

import city.civility.portal.ads.AdFormat;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.AdTheme;
import city.civility.portal.ads.PublicAd;
import city.civility.portal.platform.web.PageNumber;

/** The gallery {@code /ads} ({@value #PAGE_SIZE} a page, newest first), by theme, format and year (?theme=&format=&year=&page=). */
@Named
@RequestScoped
public class GalleryPage {

    static final int PAGE_SIZE = 24;

    @Inject
    AdService ads;

    private List<AdTheme> themes;
    private List<Integer> years;
    private AdService.GalleryFilter filter;
    private PageNumber page;
    private List<PublicAd> shown;

    @PostConstruct
    void read() {
        HttpServletRequest request = Faces.getRequest(); // the page's, not the container's: it has only the parameters the page cache keys by
        themes = ads.themes();
        years = ads.publishedYears();
        String theme = request.getParameter("theme");
        String format = request.getParameter("format");
        String year = request.getParameter("year");
        filter = new AdService.GalleryFilter(
                themes.stream().map(AdTheme::getCode).filter(c -> c.equals(theme)).findFirst().orElse(null),
                Arrays.stream(AdFormat.values()).filter(f -> f.name().equals(format)).findFirst().orElse(null),
                years.stream().filter(y -> String.valueOf(y).equals(year)).findFirst().orElse(null));
        page = PageNumber.of(request.getParameter("page"), ads.countGallery(filter), PAGE_SIZE);
        shown = ads.gallery(filter, page.first(), PAGE_SIZE);
    }

    public List<PublicAd> getAds() {
        return shown;
    }

    public List<AdTheme> getThemes() {
        return themes;
    }

    public List<AdFormat> getFormats() {
        return List.of(AdFormat.values());
    }

    public List<Integer> getYears() {
        return years;
    }

    public String getTheme() {
        return filter.themeCode();
    }

    public String getFormat() {
        return filter.format() == null ? null : filter.format().name();
    }

    public Integer getYear() {
        return filter.year();
    }

    public int getPage() {
        return page.page();
    }

    public long getPages() {
        return page.pages();
    }

    /** The gallery's address for another page, keeping the filters. */
    public String pageAddress(int number) {
        StringBuilder query = new StringBuilder("?page=").append(number);
        if (filter.themeCode() != null) {
            query.append("&theme=").append(filter.themeCode());
        }
        if (filter.format() != null) {
            query.append("&format=").append(filter.format().name());
        }
        if (filter.year() != null) {
            query.append("&year=").append(filter.year());
        }
        return query.toString();
    }
}
