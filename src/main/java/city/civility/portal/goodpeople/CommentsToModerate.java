package city.civility.portal.goodpeople;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import city.civility.portal.platform.moderation.ModerationSource;

/** Comments on 身边好人 entries waiting for a moderator, decided in the office's one moderation queue. */
@ApplicationScoped
public class CommentsToModerate implements ModerationSource {

    @Inject
    GoodPeopleComments comments;

    @Override
    public String kindKey() {
        return "moderation.kind.goodpersonComment";
    }

    @Override
    public long waitingCount() {
        return comments.waitingCount();
    }

    @Override
    public List<Waiting> waiting(int max) {
        return comments.waiting(max).stream()
                .map(c -> new Waiting(c.getId(), c.getAuthor() + " → " + c.getEntry().getNomineeName(), c.getText(), c.getSubmittedAt(),
                        "/admin/nomination.xhtml?id=" + c.getEntry().getId()))
                .toList();
    }

    @Override
    public void approve(long id) {
        comments.approve(id);
    }

    @Override
    public void reject(long id, String reason) {
        comments.reject(id, reason);
    }
}
