package city.civility.portal.goodpeople.web;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.Comment;
import city.civility.portal.goodpeople.GoodPeopleComments;
import city.civility.portal.goodpeople.PublicComment;
import city.civility.portal.goodpeople.PublicEntry;
import city.civility.portal.goodpeople.Rounds;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;

/** {@code /goodpeople/{id}}: one good person, their story, category, month and likes. */
@Named
@RequestScoped
public class EntryPage {

    @Inject
    Rounds rounds;

    @Inject
    PortalClock clock;

    @Inject
    GoodPeopleComments comments;

    private PublicEntry entry;
    private boolean open;
    private List<PublicComment> shownComments = List.of();

    @PostConstruct
    void load() {
        entry = (PublicEntry) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(GoodPeopleRoutes.ENTRY);
        if (entry != null) {
            open = rounds.isOpenForLikes(YearMonth.parse(entry.roundMonth()), clock.now());
            shownComments = comments.shown(entry.id());
        }
    }

    /** The comments a moderator approved, oldest first. */
    public List<PublicComment> getComments() {
        return shownComments;
    }

    public String getMaxCommentLength() {
        return String.valueOf(Comment.MAX_TEXT);
    }

    public PublicEntry getEntry() {
        return entry;
    }

    /** A photo's text for those who cannot see it: whose photo, and which. */
    public String photoAlt(int index) {
        return Texts.get("goodpeople.entry.photoAlt", entry.nomineeName(), String.valueOf(index + 1));
    }

    /** Whether residents may like this entry now. */
    public boolean isOpen() {
        return open;
    }
}
