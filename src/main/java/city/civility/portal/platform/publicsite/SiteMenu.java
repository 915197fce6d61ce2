package city.civility.portal.platform.publicsite;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import city.civility.portal.platform.publicsite.PublicContribution.MenuEntry;

/**
 * The public site's main navigation ({@code #{siteMenu.entries}}): every feature's menu
 * entries, read again whenever the public version changes, on this instance or another (a
 * page re-rendered for a renamed channel must not keep the old name). Every page shows it,
 * error pages included: while the database is away the last entries read (or none) are
 * shown, and they are asked again at most once a minute, so the 503 page still renders quickly.
 */
@Named
@ApplicationScoped
public class SiteMenu {

    private static final Logger LOG = Logger.getLogger(SiteMenu.class.getName());
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private record Read(Instant version, List<MenuEntry> entries) {
    }

    @Inject
    @Any
    Instance<PublicContribution> contributions;

    @Inject
    PublicContentVersion version;

    private final Map<Locale, Read> read = new ConcurrentHashMap<>();
    private volatile Instant failedAt = Instant.EPOCH;

    public List<MenuEntry> getEntries() {
        Locale language = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Read last = read.get(language);
        List<MenuEntry> known = last == null ? List.of() : last.entries();
        if (failedAt.plus(RETRY_AFTER_FAILURE).isAfter(Instant.now())) {
            return known;
        }
        try {
            Instant current = version.current();
            if (last == null || !current.equals(last.version())) {
                known = contributions.stream()
                        .sorted(Comparator.comparingInt(PublicContribution::menuOrder))
                        .flatMap(contribution -> contribution.menu(language).stream())
                        .toList();
                read.put(language, new Read(current, known));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "menu not readable now", e);
            failedAt = Instant.now();
        }
        return known;
    }

    /** Whether the page shown is this entry's (the address asked for, before a forward to the view). */
    public boolean isCurrent(MenuEntry entry) {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        Object forwardedFrom = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        String uri = forwardedFrom != null ? (String) forwardedFrom : request.getRequestURI();
        return entry.isCurrent(uri.substring(request.getContextPath().length()));
    }
}
