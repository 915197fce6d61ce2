package city.civility.portal.goodpeople;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.moderation.Moderation;

/**
 * A resident's comment on a 身边好人 entry. Shown only once a moderator approved it, hidden
 * rather than deleted. Only the name the resident chose to show is kept about them.
 */
@Entity
@Table(name = "good_person_comment")
public class Comment {

    public static final int MAX_AUTHOR = 20;
    public static final int MIN_TEXT = 5;
    public static final int MAX_TEXT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "good_person_id", updatable = false)
    private GoodPerson entry;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Embedded
    private Moderation moderation;

    @Version
    private long version;

    protected Comment() {
    }

    /** A comment as a resident wrote it, checked in the order of the form; it waits for a moderator. */
    static Comment write(GoodPerson entry, String typedAuthor, String typedText, Instant now) {
        if (!entry.isPublic()) {
            throw new RuleViolation("goodpeople.comment.closed");
        }
        Comment comment = new Comment();
        comment.entry = entry;
        comment.author = TextLines.line(typedAuthor);
        if (comment.author.isEmpty() || TextLines.length(comment.author) > MAX_AUTHOR) {
            throw new RuleViolation("goodpeople.comment.author", String.valueOf(MAX_AUTHOR));
        }
        comment.text = TextLines.paragraphs(typedText);
        int length = TextLines.length(comment.text);
        if (length < MIN_TEXT || length > MAX_TEXT) {
            throw new RuleViolation("goodpeople.comment.length", String.valueOf(MIN_TEXT), String.valueOf(MAX_TEXT), String.valueOf(length));
        }
        comment.submittedAt = now;
        comment.moderation = Moderation.waiting();
        return comment;
    }

    public Long getId() {
        return id;
    }

    public GoodPerson getEntry() {
        return entry;
    }

    public String getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Moderation getModeration() {
        return moderation;
    }
}
