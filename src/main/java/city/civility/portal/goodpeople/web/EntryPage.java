package city.civility.portal.goodpeople.web;

import java.time.YearMonth;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

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

    private PublicEntry entry;
    private boolean open;

    @PostConstruct
    void load() {
        entry = (PublicEntry) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(GoodPeopleRoutes.ENTRY);
        open = entry != null && rounds.isOpenForLikes(YearMonth.parse(entry.roundMonth()), clock.now());
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
