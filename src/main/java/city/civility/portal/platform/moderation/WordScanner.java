package city.civility.portal.platform.moderation;

import java.util.List;
import java.util.Set;

import com.github.houbb.sensitive.word.bs.SensitiveWordBs;
import com.github.houbb.sensitive.word.support.allow.WordAllows;
import com.github.houbb.sensitive.word.support.deny.WordDenys;
import com.github.houbb.sensitive.word.support.result.WordResultHandlers;

/**
 * Finds what a moderator should look at twice in a resident's text: the words of the
 * maintained list (com.github.houbb:sensitive-word) and of the office's deny list, less
 * those on its allow list, and phone numbers, e-mail addresses and links (personal data or
 * advertising in a public story). It points out; it never changes or drops the text.
 */
final class WordScanner {

    /** Where a finding is in the text (character offsets, end exclusive), what it is and of which kind. */
    record Finding(int start, int end, String text, String kind) {
    }

    private final SensitiveWordBs words;
    private final Set<String> allowed;
    private final Set<String> denied;

    WordScanner(Set<String> allowed, Set<String> denied) {
        this.allowed = Set.copyOf(allowed);
        this.denied = Set.copyOf(denied);
        words = SensitiveWordBs.newInstance()
                .wordDeny(WordDenys.chains(WordDenys.defaults(), () -> List.copyOf(this.denied)))
                .wordAllow(WordAllows.chains(WordAllows.defaults(), () -> List.copyOf(this.allowed)))
                .enableNumCheck(true).enableEmailCheck(true).enableUrlCheck(true)
                .init();
    }

    boolean isFor(Set<String> allow, Set<String> deny) {
        return allowed.equals(allow) && denied.equals(deny);
    }

    List<Finding> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return words.findAll(text, WordResultHandlers.raw()).stream()
                .map(r -> new Finding(r.startIndex(), r.endIndex(), text.substring(r.startIndex(), r.endIndex()), r.type()))
                .toList();
    }
}
