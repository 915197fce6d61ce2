package city.civility.portal.goodpeople.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.Comment;
import city.civility.portal.goodpeople.ForReview;
import city.civility.portal.goodpeople.GoodPeopleComments;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.moderation.SensitiveWords;
import city.civility.portal.platform.web.FacesResponses;

/** One nomination for a reviewer ({@code /admin/nomination.xhtml?id=}): read it, edit its public wording, decide. */
@Named
@ViewScoped
public class NominationView implements Serializable {

    @Inject
    transient GoodPeopleService goodPeople;

    @Inject
    transient SensitiveWords sensitiveWords;

    @Inject
    transient GoodPeopleComments comments;

    private Long id;
    private ForReview shown;
    private String publicStory;
    private String question;
    private String reason;
    private String wholeContact;
    private String highlightedStory;
    private List<String> found = List.of();
    private List<Comment> entryComments = List.of();
    private List<GoodPeopleService.Duplicate> duplicates = List.of();

    /** The f:viewAction: loads the nomination named by ?id=. */
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
        shown = goodPeople.forReview(id).orElse(null);
        if (shown != null) {
            publicStory = shown.nomination().getPublicStory();
            String everything = shown.nomination().getNomineeName() + "\n" + shown.nomination().getDistrict() + "\n"
                    + shown.nomination().getStory();
            highlightedStory = sensitiveWords.highlighted(shown.nomination().getStory());
            found = sensitiveWords.found(everything);
            entryComments = comments.ofEntry(id);
            duplicates = shown.nomination().isOpen() ? goodPeople.duplicatesOf(id) : List.of();
        }
    }

    public void saveStory() {
        decide(() -> goodPeople.editPublicStory(id, publicStory), "goodpeople.vet.storySaved");
    }

    public void approve() {
        decide(() -> goodPeople.approve(id), "goodpeople.vet.approved");
    }

    public void askForMore() {
        decide(() -> goodPeople.askForMore(id, question), "goodpeople.vet.asked");
        question = null;
    }

    public void reject() {
        decide(() -> goodPeople.reject(id, reason), "goodpeople.vet.rejected");
    }

    /** Off the public pages (kept on record), or back on them. */
    public void toggleHidden() {
        boolean hide = !shown.nomination().isHidden();
        decide(() -> goodPeople.hide(id, hide), hide ? "goodpeople.vet.hiddenDone" : "goodpeople.vet.shownDone");
    }

    /** Closes this nomination as a duplicate of {@code keptId}, which goes on in its place. */
    public void mergeInto(long keptId) {
        decide(() -> goodPeople.merge(id, keptId), "goodpeople.vet.merged");
    }

    /** Other nominations of the same person with a similar story, the most alike first. */
    public List<GoodPeopleService.Duplicate> getDuplicates() {
        return duplicates;
    }

    /** Takes an approved comment off the entry's page (kept on record), or puts it back. */
    public void hideComment(long commentId, boolean hide) {
        decide(() -> comments.hide(commentId, hide), hide ? "goodpeople.vet.commentHidden" : "goodpeople.vet.commentShown");
    }

    /** The entry's comments in every state, oldest first. */
    public List<Comment> getComments() {
        return entryComments;
    }

    public void revealContact() {
        wholeContact = goodPeople.revealContact(id);
        Texts.info("goodpeople.vet.revealed");
    }

    private void decide(Runnable decision, String doneKey) {
        if (Texts.attempt(decision)) {
            Texts.info(doneKey);
            reload();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ForReview getShown() {
        return shown;
    }

    public String getPublicStory() {
        return publicStory;
    }

    public void setPublicStory(String publicStory) {
        this.publicStory = publicStory;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** The resident's story, escaped, with what to look at twice marked. */
    public String getHighlightedStory() {
        return highlightedStory;
    }

    public List<String> getFound() {
        return found;
    }

    public String getWholeContact() {
        return wholeContact;
    }
}
