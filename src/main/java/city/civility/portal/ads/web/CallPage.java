package city.civility.portal.ads.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import city.civility.portal.ads.AdCall;
import city.civility.portal.ads.AdCalls;
import city.civility.portal.ads.AdEntry;
import city.civility.portal.ads.PublicAd;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.Upload;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;
import city.civility.portal.platform.participation.web.FormRefusals;

/**
 * A call for works ({@code /ads/calls/{id}}, found by {@link AdsRoutes}): its rules and licence,
 * the works it brought into the library, and while it is open the form that sends one: one
 * service call, then the work's tracking page.
 */
@Named
@RequestScoped
public class CallPage {

    /** Which field each broken rule is about, so its message stands next to it. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("ads.entry.title.invalid", "entry:title"),
            Map.entry("ads.entry.author.invalid", "entry:author"),
            Map.entry("ads.entry.description.invalid", "entry:description"),
            Map.entry("ads.entry.altText.invalid", "entry:altText"),
            Map.entry("ads.entry.year.invalid", "entry:year"),
            Map.entry("ads.entry.rights.invalid", "entry:rights"),
            Map.entry("ads.entry.agreement.required", "entry:agreed"),
            Map.entry("ads.entry.contact.unverified", "entry:contact"),
            Map.entry("ads.entry.work.required", "entry:work"),
            Map.entry("ads.entry.work.refused", "entry:work"));

    @Inject
    AdCalls calls;

    @Inject
    MediaService media;

    @Inject
    ClientAddress clientAddress;

    private AdCall call;
    private List<PublicAd> works;
    private String title;
    private String author;
    private String description;
    private String altText;
    private Integer year;
    private String rights;
    private boolean agreed;
    private String contact;
    private String contactProof;
    private Part work;

    @PostConstruct
    void read() {
        call = (AdCall) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(AdsRoutes.SHOWN_CALL);
    }

    public AdCall getCall() {
        return call;
    }

    public boolean isOpen() {
        return calls.isOpen(call);
    }

    public List<PublicAd> getWorks() {
        if (works == null) {
            works = calls.acceptedWorks(call.getId());
        }
        return works;
    }

    public int getMaxMegabytes() {
        return media.limits().maxImageMb();
    }

    public void send() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            Upload upload = work == null || work.getSize() == 0 ? null : new Upload(work.getSubmittedFileName(), work.getInputStream());
            String number = calls.send(call.getId(), new AdEntry.Form(title, author, description, altText, year, rights, agreed), upload,
                    contactProof, FormPass.of(request.getParameter("token"), request.getParameter("answer"), request, response),
                    clientAddress.of(request));
            external.redirect(request.getContextPath() + "/ads/calls/track?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&sent=1");
        } catch (RuleViolation broken) {
            FormRefusals.show(broken, FIELDS);
        } catch (TooManyRequests refused) {
            FormRefusals.show(refused);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
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

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getContactProof() {
        return contactProof;
    }

    public void setContactProof(String contactProof) {
        this.contactProof = contactProof;
    }

    public Part getWork() {
        return work;
    }

    public void setWork(Part work) {
        this.work = work;
    }
}
