package city.civility.portal.goodpeople;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A month's 好人榜 as the office published it, under public notice (公示) for {@link #NOTICE} after. */
@Entity
@Table(name = "good_person_board")
public class Board {

    static final Duration NOTICE = Duration.ofDays(7);

    @Id
    @Column(name = "round_month")
    private String roundMonth;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "notice_until", nullable = false)
    private Instant noticeUntil;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    protected Board() {
    }

    Board(String roundMonth, Instant publishedAt, String publishedBy) {
        this.roundMonth = roundMonth;
        this.publishedAt = publishedAt;
        this.noticeUntil = publishedAt.plus(NOTICE);
        this.publishedBy = publishedBy;
    }

    public String getRoundMonth() {
        return roundMonth;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getNoticeUntil() {
        return noticeUntil;
    }

    public boolean isUnderNotice(Instant now) {
        return now.isBefore(noticeUntil);
    }
}
