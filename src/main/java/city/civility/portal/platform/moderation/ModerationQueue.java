package city.civility.portal.platform.moderation;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Every feature's waiting submissions, as one queue, the longest waiting first. */
@ApplicationScoped
public class ModerationQueue {

    @Inject
    Instance<ModerationSource> sources;

    /** A waiting submission and the feature it belongs to. */
    public record Item(String kindKey, ModerationSource.Waiting waiting) implements Serializable {

        /** Unique in the queue: ids are only unique within a kind. */
        public String key() {
            return kindKey + ":" + waiting.id();
        }
    }

    /** A feature's name in the queue and how many of its submissions wait. */
    public record Count(String kindKey, long waiting) {
    }

    /** Up to {@code max} waiting submissions of one kind (all kinds when null), the longest waiting first. */
    public List<Item> oldest(String kindKey, int max) {
        return sources.stream().filter(s -> kindKey == null || s.kindKey().equals(kindKey))
                .flatMap(s -> s.waiting(max).stream().map(w -> new Item(s.kindKey(), w)))
                .sorted(Comparator.comparing((Item i) -> i.waiting().submittedAt()).thenComparing(i -> i.waiting().id()))
                .limit(max).toList();
    }

    public List<Count> counts() {
        return sources.stream().map(s -> new Count(s.kindKey(), s.waitingCount())).sorted(Comparator.comparing(Count::kindKey)).toList();
    }

    /** Approves through the feature's service, which checks the moderator's role and audits. */
    public void approve(Item item) {
        source(item).approve(item.waiting().id());
    }

    /** Rejects with the reason the resident reads, through the feature's service. */
    public void reject(Item item, String reason) {
        source(item).reject(item.waiting().id(), reason);
    }

    private ModerationSource source(Item item) {
        return sources.stream().filter(s -> s.kindKey().equals(item.kindKey())).findFirst().orElseThrow();
    }
}
