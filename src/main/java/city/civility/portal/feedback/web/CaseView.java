package city.civility.portal.feedback.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.feedback.CaseOffice;
import city.civility.portal.feedback.Exposure;
import city.civility.portal.feedback.FeedbackCase;
import city.civility.portal.feedback.PrivateDetails;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/** One case for an officer ({@code /admin/case.xhtml?id=}): its whole history, and the next steps its state allows. */
@Named
@ViewScoped
public class CaseView implements Serializable {

    @Inject
    transient CaseOffice office;

    @Inject
    transient PortalClock clock;

    private Long id;
    private FeedbackCase shown;
    private String department;
    private String text;
    private String mergeInto;
    private String wholeContact;
    private String regions;
    private String exposedPhoto;

    /** The f:viewAction: loads the case named by ?id=. */
    public void load() throws IOException {
        if (id == null) {
            FacesResponses.notFound();
            return;
        }
        reload();
        if (shown == null) {
            FacesResponses.notFound();
        }
    }

    private void reload() {
        shown = office.find(id).orElse(null);
        exposedPhoto = office.exposureOf(id).map(Exposure::getPhotoKey).orElse(null);
        if (shown != null && department == null) {
            department = shown.getDepartment();
        }
    }

    public void accept() {
        decide(() -> office.accept(id, department), "feedback.office.acceptedDone");
    }

    public void start() {
        decide(() -> office.start(id), "feedback.office.startedDone");
    }

    public void reply() {
        if (decide(() -> office.reply(id, text), "feedback.office.repliedDone")) {
            text = null;
        }
    }

    public void note() {
        if (decide(() -> office.note(id, text), "feedback.office.notedDone")) {
            text = null;
        }
    }

    public void answer() {
        if (decide(() -> office.answer(id, text), "feedback.office.answeredDone")) {
            text = null;
        }
    }

    public void close() {
        decide(() -> office.close(id), "feedback.office.closedDone");
    }

    public void reject() {
        if (decide(() -> office.reject(id, text), "feedback.office.rejectedDone")) {
            text = null;
        }
    }

    public void merge() {
        decide(() -> office.merge(id, mergeInto), "feedback.office.mergedDone");
    }

    /** Puts the case on the 曝光台 with the regions marked on its photo blurred. */
    public void expose() {
        decide(() -> office.expose(id, regions), "feedback.exposure.published");
    }

    public void unexpose() {
        decide(() -> office.unexpose(id), "feedback.exposure.withdrawn");
    }

    /** Its place on the 曝光台: the blurred copy's key, or null. */
    public String getExposedPhoto() {
        return exposedPhoto;
    }

    public String getRegions() {
        return regions;
    }

    public void setRegions(String regions) {
        this.regions = regions;
    }

    public void revealContact() {
        wholeContact = office.revealContact(id);
        Texts.info(wholeContact == null ? "feedback.office.anonymous" : "feedback.office.revealed");
    }

    private boolean decide(Runnable decision, String doneKey) {
        if (Texts.attempt(decision)) {
            Texts.info(doneKey);
            reload();
            return true;
        }
        return false;
    }

    /** Whether the public copy of the description hides something (a phone, an ID or plate number): the officer sees both. */
    public boolean isMaskedInPublic() {
        return PrivateDetails.hasPrivateDetails(shown.getDescription());
    }

    public boolean isOverdue() {
        return shown.isOverdue(clock.now());
    }

    /** The departments whose name contains what the officer typed, for the department field's suggestions. */
    public List<String> departmentsLike(String typed) {
        String part = typed == null ? "" : typed.strip();
        return office.departments().stream().filter(d -> d.contains(part)).toList();
    }

    public FeedbackCase getShown() {
        return shown;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public String getWholeContact() {
        return wholeContact;
    }
}
