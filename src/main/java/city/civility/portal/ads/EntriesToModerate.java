package city.civility.portal.ads;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.platform.moderation.ModerationSource;

/** Works sent to the office's calls, waiting in the one moderation queue; each has its own page with the picture. */
@ApplicationScoped
public class EntriesToModerate implements ModerationSource {

    @Inject
    AdCalls calls;

    @Override
    public String kindKey() {
        return "moderation.kind.adEntry";
    }

    @Override
    public long waitingCount() {
        return calls.waitingCount();
    }

    @Override
    public List<Waiting> waiting(int max) {
        return calls.waiting(max).stream()
                .map(e -> new Waiting(e.getId(), e.getTitle() + " · " + e.getAuthor() + " · " + e.getTrackingNumber(), e.getDescription(),
                        e.getSubmittedAt(), "/admin/ad-entry.xhtml?id=" + e.getId()))
                .toList();
    }

    @Override
    public void approve(long id) {
        calls.accept(id);
    }

    @Override
    public void reject(long id, String reason) {
        calls.reject(id, reason);
    }
}
