package city.civility.portal.news;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A channel (栏目) such as 新闻动态 or 通知公告; channels form a tree, ordered by position. */
@Entity
@Table(name = "channel")
@Cacheable
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

    @Version
    private long version;

    protected Channel() {
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
