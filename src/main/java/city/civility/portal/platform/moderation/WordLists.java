package city.civility.portal.platform.moderation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.audit.AuditLog;

/** The office's own moderation word lists: words to point out, and words the maintained list points out needlessly. */
@Stateless
@PermitAll
public class WordLists {

    public enum Kind { ALLOW, DENY }

    static final int MAX_WORD = 50;
    static final int MAX_WORDS = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public Set<String> words(Kind kind) {
        List<?> rows = em.createNativeQuery("SELECT word FROM moderation_word WHERE kind = ?1 ORDER BY word")
                .setParameter(1, kind.name()).getResultList();
        return rows.stream().map(String.class::cast).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Replaces a list with the words typed one a line (or separated by commas); blank lines and repeats go. */
    @RolesAllowed({StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public Set<String> replace(Kind kind, String typed) {
        Set<String> words = Arrays.stream((typed == null ? "" : typed).split("[\\n,，、]"))
                .map(TextLines::line).filter(w -> !w.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String word : words) {
            if (TextLines.length(word) > MAX_WORD) {
                throw new RuleViolation("moderation.words.tooLong", word, String.valueOf(MAX_WORD));
            }
        }
        if (words.size() > MAX_WORDS) {
            throw new RuleViolation("moderation.words.tooMany", String.valueOf(MAX_WORDS));
        }
        Set<String> before = words(kind);
        em.createNativeQuery("DELETE FROM moderation_word WHERE kind = ?1").setParameter(1, kind.name()).executeUpdate();
        for (String word : words) {
            em.createNativeQuery("INSERT INTO moderation_word (word, kind) VALUES (?1, ?2)")
                    .setParameter(1, word).setParameter(2, kind.name()).executeUpdate();
        }
        List<String> added = words.stream().filter(w -> !before.contains(w)).toList();
        List<String> removed = before.stream().filter(w -> !words.contains(w)).toList();
        audit.record("moderation.words-changed", "moderation_word", kind.name(), "audit.detail.wordsChanged",
                added.size(), added, removed.size(), removed);
        return words;
    }
}
