package city.civility.portal.ads.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.ads.Ad;
import city.civility.portal.ads.AdDraft;
import city.civility.portal.ads.AdFormat;
import city.civility.portal.ads.AdPlacement;
import city.civility.portal.ads.AdSchedule;
import city.civility.portal.ads.AdService;
import city.civility.portal.ads.AdTheme;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/**
 * An ad in the staff's library ({@code /admin/ad.xhtml?id=N}; without id a new one): its text,
 * its files (sent by ads-admin.js to {@link AdUploads}) and its review.
 */
@Named
@ViewScoped
public class AdEditor implements Serializable {

    @Inject
    transient AdService ads;

    private Long id;
    private Ad ad;

    private String title;
    private String themeCode;
    private AdFormat format = AdFormat.PICTURE;
    private String description;
    private String altText;
    private String producer;
    private Integer year = Year.now(PortalClock.ZONE).getValue();
    private String rights;
    private String licence;
    private String tags;
    /** Why a reviewer sends it back or withdraws it. */
    private String reason;

    /** A new schedule: where, from, to, and its weight. */
    private String placementCode;
    private LocalDate from;
    private LocalDate to;
    private Integer weight = 10;
    private List<AdSchedule> schedules;

    /** The f:viewAction: loads the ad named by ?id=, or starts a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        ad = ads.find(id).orElse(null);
        if (ad == null) {
            FacesResponses.notFound();
            return;
        }
        fillForm();
    }

    private void fillForm() {
        title = ad.getTitle();
        themeCode = ad.getTheme().getCode();
        format = ad.getFormat();
        description = ad.getDescription();
        altText = ad.getAltText();
        producer = ad.getProducer();
        year = ad.getYear();
        rights = ad.getRights();
        licence = ad.getLicence();
        tags = ad.getTags();
    }

    public void save() throws IOException {
        AdDraft draft = new AdDraft(title, themeCode, format, description, altText, producer, year, rights, licence, tags);
        if (ad == null) {
            Ad created = Texts.attempt(() -> ads.create(draft));
            if (created != null) {
                FacesResponses.redirectWithInfo("/admin/ad.xhtml?id=" + created.getId(), "ads.saved", created.getTitle());
            }
            return;
        }
        if (done(Texts.attempt(() -> ads.save(ad.getId(), ad.getVersion(), draft)))) {
            Texts.info("ads.saved", ad.getTitle());
        }
    }

    /** The page after ads-admin.js has sent a file: the ad as it is now. */
    public void reload() {
        ad = ads.find(ad.getId()).orElse(ad);
    }

    public void submit() {
        if (done(Texts.attempt(() -> ads.submit(ad.getId())))) {
            Texts.info("ads.submitted");
        }
    }

    public void approve() {
        if (done(Texts.attempt(() -> ads.approve(ad.getId())))) {
            Texts.info("ads.published");
        }
    }

    public void sendBack() {
        if (done(Texts.attempt(() -> ads.sendBack(ad.getId(), reason)))) {
            Texts.info("ads.sentBack");
            reason = null;
        }
    }

    public void withdraw() {
        if (done(Texts.attempt(() -> ads.withdraw(ad.getId(), reason)))) {
            Texts.info("ads.withdrawn");
            reason = null;
        }
    }

    public void reopen() {
        if (done(Texts.attempt(() -> ads.reopen(ad.getId())))) {
            Texts.info("ads.reopened");
        }
    }

    public void addSchedule() {
        if (Texts.attempt(() -> ads.schedule(ad.getId(), placementCode, from, to, weight)) != null) {
            Texts.info("ads.schedule.added");
            schedules = null;
        }
    }

    public void removeSchedule(long scheduleId) {
        if (Texts.attempt(() -> ads.unschedule(scheduleId))) {
            Texts.info("ads.schedule.removed");
            schedules = null;
        }
    }

    /** The ad's schedules, read once per view (the table asks more than once). */
    public List<AdSchedule> getSchedules() {
        if (schedules == null && ad != null) {
            schedules = ads.schedules(ad.getId());
        }
        return schedules;
    }

    public List<AdPlacement> getPlacements() {
        return ads.placements();
    }

    /** Where the ad was shown and followed, by placement. */
    public List<AdService.PlacementCount> getCounts() {
        return ads.counts(ad.getId());
    }

    /** A placement's name in the reader's language. */
    public String placementName(String code) {
        return getPlacements().stream().filter(p -> p.getCode().equals(code)).findFirst()
                .map(p -> p.name(FacesContext.getCurrentInstance().getViewRoot().getLocale())).orElse(code);
    }

    private boolean done(Ad updated) {
        if (updated == null) {
            return false;
        }
        ad = updated;
        fillForm();
        return true;
    }

    public List<AdTheme> getThemes() {
        return ads.themes();
    }

    public AdFormat[] getFormats() {
        return AdFormat.values();
    }

    public Ad getAd() {
        return ad;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAltText() {
        return altText;
    }

    public void setAltText(String altText) {
        this.altText = altText;
    }

    public String getProducer() {
        return producer;
    }

    public void setProducer(String producer) {
        this.producer = producer;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getRights() {
        return rights;
    }

    public void setRights(String rights) {
        this.rights = rights;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getPlacementCode() {
        return placementCode;
    }

    public void setPlacementCode(String placementCode) {
        this.placementCode = placementCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
