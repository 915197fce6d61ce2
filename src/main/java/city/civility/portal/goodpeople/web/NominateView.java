package city.civility.portal.goodpeople.web;

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

import city.civility.portal.goodpeople.Category;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.GoodPerson;
import city.civility.portal.goodpeople.NominationForm;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.web.FileParts;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.participation.ClientAddress;
import city.civility.portal.platform.participation.FormPass;
import city.civility.portal.platform.participation.TooManyRequests;
import city.civility.portal.platform.participation.web.FormRefusals;

/** The nomination form ({@code /goodpeople/nominate}): one service call, then the tracking page. */
@Named
@RequestScoped
public class NominateView {

    /** Which field each broken rule is about, so its message stands next to it. */
    private static final Map<String, String> FIELDS = Map.of(
            "goodpeople.nominee.invalid", "nominate:nominee",
            "goodpeople.district.invalid", "nominate:district",
            "goodpeople.category.invalid", "nominate:category",
            "goodpeople.story.length", "nominate:story",
            "goodpeople.consent.required", "nominate:consent",
            "goodpeople.nominator.invalid", "nominate:nominator",
            "goodpeople.contact.unverified", "nominate:contact",
            "goodpeople.photos.tooMany", "nominate:photos",
            "goodpeople.photo.refused", "nominate:photos");

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    ClientAddress clientAddress;

    @Inject
    MediaService media;

    private String nomineeName;
    private String district;
    private Category category;
    private String story;
    private boolean consent;
    private String nominatorName;
    private String contact;
    private String contactProof;
    private List<Part> photos = List.of();

    public String getMaxPhotos() {
        return String.valueOf(GoodPerson.MAX_PHOTOS);
    }

    public String getMaxPhotoMegabytes() {
        return String.valueOf(media.limits().maxImageMb());
    }

    public List<Category> getCategories() {
        return Arrays.asList(Category.values());
    }

    public void submit() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        try {
            String number = goodPeople.nominate(new NominationForm(nomineeName, district, category, story, consent, nominatorName),
                    FileParts.uploads(photos), contactProof, FormPass.of(request.getParameter("token"), request.getParameter("answer"), request, response),
                    clientAddress.of(request));
            external.redirect(request.getContextPath() + "/goodpeople/track?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8) + "&sent=1");
        } catch (RuleViolation broken) {
            FormRefusals.show(broken, FIELDS);
        } catch (TooManyRequests refused) {
            FormRefusals.show(refused);
        }
    }


    public String getNomineeName() {
        return nomineeName;
    }

    public void setNomineeName(String nomineeName) {
        this.nomineeName = nomineeName;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getNominatorName() {
        return nominatorName;
    }

    public void setNominatorName(String nominatorName) {
        this.nominatorName = nominatorName;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public List<Part> getPhotos() {
        return photos;
    }

    public void setPhotos(List<Part> photos) {
        this.photos = photos == null ? List.of() : photos;
    }

    public String getContactProof() {
        return contactProof;
    }

    public void setContactProof(String contactProof) {
        this.contactProof = contactProof;
    }
}
