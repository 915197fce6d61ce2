package city.civility.portal.platform.moderation.web;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.moderation.WordLists;

/** The office's moderation word lists ({@code /admin/words.xhtml}), one word a line. */
@Named
@ViewScoped
public class WordListsView implements Serializable {

    @Inject
    transient WordLists lists;

    private String allowed;
    private String denied;

    @PostConstruct
    void read() {
        allowed = String.join("\n", lists.words(WordLists.Kind.ALLOW));
        denied = String.join("\n", lists.words(WordLists.Kind.DENY));
    }

    public void save() {
        if (Texts.attempt(() -> {
            lists.replace(WordLists.Kind.DENY, denied);
            lists.replace(WordLists.Kind.ALLOW, allowed);
        })) {
            read();
            Texts.info("moderation.words.saved");
        }
    }

    public String getAllowed() {
        return allowed;
    }

    public void setAllowed(String allowed) {
        this.allowed = allowed;
    }

    public String getDenied() {
        return denied;
    }

    public void setDenied(String denied) {
        this.denied = denied;
    }
}
