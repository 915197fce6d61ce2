package city.civility.portal.news;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.Slugs;
import city.civility.portal.platform.TextLines;

/** A channel (栏目) such as 新闻动态 or 通知公告; channels form a tree, ordered by position. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    private Channel parent;

    /** The channel's address: /channel/{slug}. */
    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private int position;

    /** When the channel was last changed: the public pages show channels, so this is part of their version. */
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected Channel() {
    }

    Channel(String name, String slug, Channel parent, int position, Instant now) {
        rename(name, slug, now);
        moveUnder(parent, now);
        this.position = position;
    }

    /** Changes the name and address ({@link Slugs}). */
    void rename(String newName, String newSlug, Instant now) {
        String cleanName = TextLines.line(newName);
        if (cleanName.isEmpty() || cleanName.length() > 50) {
            throw new RuleViolation("channels.name.invalid");
        }
        this.slug = Slugs.require(newSlug);
        this.name = cleanName;
        this.changedAt = now;
    }

    /** Puts the channel under another (or at the top when null); a channel is never its own ancestor. */
    void moveUnder(Channel newParent, Instant now) {
        for (Channel c = newParent; c != null; c = c.parent) {
            if (c == this || (id != null && id.equals(c.id))) {
                throw new RuleViolation("channels.parent.cycle");
            }
        }
        this.parent = newParent;
        this.changedAt = now;
    }

    void moveTo(int newPosition, Instant now) {
        if (position != newPosition) {
            position = newPosition;
            changedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Channel getParent() {
        return parent;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }
}
