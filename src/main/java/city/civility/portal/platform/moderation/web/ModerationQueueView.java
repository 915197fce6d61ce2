package city.civility.portal.platform.moderation.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.moderation.ModerationQueue;
import city.civility.portal.platform.moderation.SensitiveWords;

/**
 * The office's one moderation queue ({@code /admin/moderation.xhtml}): whatever residents sent,
 * from every feature, the longest waiting first, with what to look at twice marked.
 */
@Named
@ViewScoped
public class ModerationQueueView implements Serializable {

    /** As many as a moderator works through at one sitting; the counts say how many more wait. */
    static final int SHOWN = 100;

    @Inject
    transient ModerationQueue queue;

    @Inject
    transient SensitiveWords words;

    private String kind;
    private List<ModerationQueue.Item> items;
    private List<ModerationQueue.Count> counts;
    private final Map<String, String> reasons = new HashMap<>();

    @PostConstruct
    void load() {
        items = queue.oldest(kind, SHOWN);
        counts = queue.counts();
    }

    public void approve(ModerationQueue.Item item) {
        if (Texts.attempt(() -> queue.approve(item))) {
            Texts.info("moderation.approved", item.waiting().title());
            load();
        }
    }

    public void reject(ModerationQueue.Item item) {
        if (Texts.attempt(() -> queue.reject(item, reasons.get(item.key())))) {
            reasons.remove(item.key());
            Texts.info("moderation.rejected", item.waiting().title());
            load();
        }
    }

    /** Shows one kind only, or all of them again (null). */
    public void show(String kindKey) {
        kind = kindKey;
        load();
    }

    /** The text as escaped HTML with what to look at twice marked. */
    public String highlighted(String text) {
        return words.highlighted(text);
    }

    public String getKind() {
        return kind;
    }

    public List<ModerationQueue.Item> getItems() {
        return items;
    }

    public List<ModerationQueue.Count> getCounts() {
        return counts;
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
