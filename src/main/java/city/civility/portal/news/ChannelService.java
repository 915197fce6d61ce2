package city.civility.portal.news;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.Slugs;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.search.SearchOutbox;
import city.civility.portal.platform.publicsite.PublicContentVersion;

/** Administrators manage the channel tree (栏目): names, addresses, order, nesting. */
@Stateless
@RolesAllowed(StaffRoles.ADMIN)
public class ChannelService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    PortalClock clock;

    @Inject
    Event<PublicContentVersion.Changed> publicChange;

    @Inject
    SearchOutbox search;

    public Channel create(String name, String slug, Long parentId) {
        Slugs.requireFree(em, Channel.class, slug, null, "channels.slug.taken");
        int last = em.createQuery("SELECT COALESCE(MAX(c.position), 0) FROM Channel c", Integer.class).getSingleResult();
        Channel channel = new Channel(name, slug, parent(parentId), last + 1, clock.now());
        em.persist(channel);
        em.flush();
        audit.record("channel.created", "Channel", channel.getId(), "audit.detail.channel", channel.getName(), channel.getSlug());
        publicChange.fire(new PublicContentVersion.Changed());
        return channel;
    }

    public Channel update(long id, String name, String slug, Long parentId) {
        Channel channel = require(id);
        Slugs.requireFree(em, Channel.class, slug, id, "channels.slug.taken");
        channel.rename(name, slug, clock.now());
        channel.moveUnder(parent(parentId), clock.now());
        audit.record("channel.updated", "Channel", id, "audit.detail.channel", channel.getName(), channel.getSlug());
        // Search results show the channel's name and filter by its address: its articles are indexed again.
        search.changed(ArticleSearch.TYPE, em.createQuery("SELECT a.id FROM Article a WHERE a.channel = :channel"
                + " AND a.publishedRevision IS NOT NULL", Long.class).setParameter("channel", channel).getResultList());
        publicChange.fire(new PublicContentVersion.Changed());
        return channel;
    }

    /** Swaps the channel with its neighbour before ({@code up}) or after it in the order. */
    public void move(long id, boolean up) {
        List<Channel> all = em.createQuery("SELECT c FROM Channel c ORDER BY c.position, c.id", Channel.class).getResultList();
        int at = all.indexOf(require(id));
        int other = up ? at - 1 : at + 1;
        if (other < 0 || other >= all.size()) {
            return;
        }
        Channel moving = all.get(at);
        all.set(at, all.get(other));
        all.set(other, moving);
        for (int i = 0; i < all.size(); i++) {
            all.get(i).moveTo(i + 1, clock.now());
        }
        audit.record("channel.moved", "Channel", id, up ? "audit.detail.movedUp" : "audit.detail.movedDown");
        publicChange.fire(new PublicContentVersion.Changed());
    }

    private Channel parent(Long parentId) {
        return parentId == null ? null : require(parentId);
    }

    private Channel require(long id) {
        Channel channel = em.find(Channel.class, id);
        if (channel == null) {
            throw new RuleViolation("channels.notFound");
        }
        return channel;
    }
}
