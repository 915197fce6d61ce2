package city.civility.portal.goodpeople;

import java.time.Instant;

/** An approved comment as the public reads it: the name its author chose, the text, when. */
public record PublicComment(String author, String text, Instant submittedAt) {

    static PublicComment of(Comment comment) {
        return new PublicComment(comment.getAuthor(), comment.getText(), comment.getSubmittedAt());
    }
}
