package city.civility.portal.ads.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.Ad;
import city.civility.portal.ads.AdFormat;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.AdStatus;
import city.civility.portal.ads.AdTheme;
import city.civility.portal.platform.web.PagedModel;

/** The staff's list of ads, newest change first; ?status=SUBMITTED makes it the review queue. */
@Named
@ViewScoped
public class AdsView implements Serializable {

    @Inject
    transient AdService ads;

    private AdStatus status;
    private String themeCode;
    private AdFormat format;
    private String title;

    private final PagedModel<Ad> list = new PagedModel<>(
            (first, size, order) -> ads.findForStaff(filter(), order, first, size), () -> ads.countForStaff(filter()), Ad::getId);

    private AdService.Filter filter() {
        return new AdService.Filter(status, themeCode, format, title);
    }

    public PagedModel<Ad> getList() {
        return list;
    }

    public List<AdTheme> getThemes() {
        return ads.themes();
    }

    public AdStatus[] getStatuses() {
        return AdStatus.values();
    }

    public AdFormat[] getFormats() {
        return AdFormat.values();
    }

    public AdStatus getStatus() {
        return status;
    }

    public void setStatus(AdStatus status) {
        this.status = status;
    }

    public String getThemeCode() {
        return themeCode;
    }

    public void setThemeCode(String themeCode) {
        this.themeCode = themeCode;
    }

    public AdFormat getFormat() {
        return format;
    }

    public void setFormat(AdFormat format) {
        this.format = format;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
