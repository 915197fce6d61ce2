package city.civility.portal.feedback.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import city.civility.portal.feedback.CaseForm;
import city.civility.portal.feedback.CaseKind;
import city.civility.portal.feedback.FeedbackCase;
import city.civility.portal.feedback.FeedbackCategory;
import city.civility.portal.feedback.FeedbackService;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.web.FileParts;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;
import city.civility.portal.platform.participation.web.FormRefusals;

/** The case form ({@code /feedback/new}): one service call, then the case's status page behind its secret link. */
@Named
@RequestScoped
public class NewCaseView {

    /** Which field each broken rule is about, so its message stands next to it. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("feedback.kind.invalid", "case:kind"),
            Map.entry("feedback.category.invalid", "case:category"),
            Map.entry("feedback.description.length", "case:description"),
            Map.entry("feedback.address.invalid", "case:address"),
            Map.entry("feedback.point.invalid", "case:address"),
            Map.entry("feedback.photos.tooMany", "case:photos"),
            Map.entry("feedback.photo.refused", "case:photos"),
            Map.entry("feedback.contact.unverified", "case:contact"));

    @Inject
    FeedbackService feedback;

    @Inject
    ClientAddress clientAddress;

    @Inject
    MediaService media;

    private CaseKind kind;
    private String category;
    private String description;
    private String address;
    private String latitude;
    private String longitude;
    private boolean consent;
    private String contact;
    private String contactProof;
    private List<Part> photos = List.of();
    private List<FeedbackCategory> categories;

    public List<CaseKind> getKinds() {
        return Arrays.asList(CaseKind.values());
    }

    public List<FeedbackCategory> getCategories() {
        if (categories == null) {
            categories = feedback.categories();
        }
        return categories;
    }

    public String getMaxPhotos() {
        return String.valueOf(FeedbackCase.MAX_PHOTOS);
    }

    public String getMaxPhotoMegabytes() {
        return String.valueOf(media.limits().maxImageMb());
    }

    public void submit() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            FeedbackService.Submitted sent = feedback.submit(
                    new CaseForm(kind, category, description, address, coordinate(latitude), coordinate(longitude), consent), FileParts.uploads(photos),
                    contactProof, FormPass.of(request.getParameter("token"), request.getParameter("answer"), request, response),
                    clientAddress.of(request));
            external.redirect(request.getContextPath() + "/feedback/track/" + sent.trackingNumber() + "?key="
                    + URLEncoder.encode(sent.secret(), StandardCharsets.UTF_8) + "&sent=1");
        } catch (RuleViolation broken) {
            FormRefusals.show(broken, FIELDS);
        } catch (TooManyRequests refused) {
            FormRefusals.show(refused);
        }
    }

    /** A coordinate the map (or the photo's location) filled in; anything else is no point. */
    private static Double coordinate(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation("feedback.point.invalid");
        }
    }


    public CaseKind getKind() {
        return kind;
    }

    public void setKind(CaseKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
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

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos == null ? List.of() : photos;
    }
}
