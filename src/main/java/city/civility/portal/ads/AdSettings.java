package city.civility.portal.ads;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.i18n.Names;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/**
 * The office's lists for the ad library (administrators): the themes editors choose from (added,
 * renamed in the three languages, taken out of the choice), and the placements (renamed, how long
 * each ad stays; a new city screen added with its own {@code /screen/{code}}).
 */
@Stateless
@RolesAllowed(StaffRoles.ADMIN)
public class AdSettings {

    /** The longest name in a language (the columns' width in Chinese). */
    static final int MAX_NAME = 40;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    /** Every theme, those out of the choice too, in the office's order. */
    public List<AdTheme> themes() {
        return em.createQuery("SELECT t FROM AdTheme t ORDER BY t.position, t.code", AdTheme.class).getResultList();
    }

    /** Renames the theme with this code and puts it in or out of the choice; a new code adds a theme after the others. */
    public AdTheme saveTheme(String code, String simplified, String traditional, String english, boolean active) {
        Names names = Names.of(simplified, traditional, english, MAX_NAME);
        AdTheme theme = Optional.ofNullable(code == null ? null : em.find(AdTheme.class, code)).orElse(null);
        if (theme == null) {
            int last = em.createQuery("SELECT COALESCE(MAX(t.position), 0) FROM AdTheme t", Integer.class).getSingleResult();
            theme = new AdTheme(code, names, last + 1);
            theme.change(names, active);
            em.persist(theme);
        } else {
            theme.change(names, active);
        }
        em.flush();
        publicChange.fire(new PublicContentVersion.Changed()); // the gallery and the ads' pages name their themes
        audit.record("ad.theme.saved", "AdTheme", theme.getCode(), "audit.detail.title", names.getSimplified());
        return theme;
    }

    /** Renames a placement and sets how long each ad stays; a new code adds a city screen. */
    public AdPlacement savePlacement(String code, String simplified, String traditional, String english, Integer secondsEach) {
        Names names = Names.of(simplified, traditional, english, MAX_NAME);
        int seconds = secondsEach == null ? 0 : secondsEach;
        AdPlacement placement = Optional.ofNullable(code == null ? null : em.find(AdPlacement.class, code)).orElse(null);
        if (placement == null) {
            int last = em.createQuery("SELECT COALESCE(MAX(p.position), 0) FROM AdPlacement p", Integer.class).getSingleResult();
            placement = new AdPlacement(code, names, seconds, last + 1);
            em.persist(placement);
        } else {
            placement.change(names, seconds);
        }
        em.flush();
        publicChange.fire(new PublicContentVersion.Changed()); // pages and screens carry the placements' names and turns
        audit.record("ad.placement.saved", "AdPlacement", placement.getCode(), "audit.detail.title", names.getSimplified());
        return placement;
    }
}
