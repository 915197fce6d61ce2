package city.civility.portal.platform.publicsite;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/**
 * The rendered pages the page cache keeps, at most a number of bytes together. Reading one
 * takes no lock: every request of the public site reads here, and a lock they all pass is
 * where they queue behind a thread the processor has set aside. When full, the pages read
 * least recently go, down to three quarters of the limit so that this happens rarely. An
 * entry counts its key and its bookkeeping too: many small pages under long keys (a list's
 * page 1, 2, … 99999) must not hold more memory than the limit says.
 */
final class KeptPages<P> {

    /** How precisely the last read is noted: a popular page is not written to at every read. */
    private static final long READ_GRAIN_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** What an entry costs beside its page's bytes and its key's characters: the map's node and the objects that hold them. */
    static final long ENTRY_BYTES = 256;

    private static final class Kept<P> {
        final P page;
        final long size;
        volatile long readAt;

        Kept(P page, long size) {
            this.page = page;
            this.size = size;
            this.readAt = System.nanoTime();
        }
    }

    private final Map<String, Kept<P>> pages = new ConcurrentHashMap<>();
    private final long maxBytes;
    private final ToLongFunction<P> size;
    private long bytes; // guarded by this

    KeptPages(long maxBytes, ToLongFunction<P> size) {
        this.maxBytes = maxBytes;
        this.size = size;
    }

    P get(String key) {
        Kept<P> kept = pages.get(key);
        if (kept == null) {
            return null;
        }
        long now = System.nanoTime();
        if (now - kept.readAt > READ_GRAIN_NANOS) {
            kept.readAt = now;
        }
        return kept.page;
    }

    synchronized void put(String key, P page) {
        Kept<P> kept = new Kept<>(page, size.applyAsLong(page) + ENTRY_BYTES + 2L * key.length());
        Kept<P> replaced = pages.put(key, kept);
        bytes += kept.size - (replaced == null ? 0 : replaced.size);
        if (bytes > maxBytes) {
            var eldestFirst = pages.entrySet().stream()
                    .sorted(Comparator.comparingLong(e -> e.getValue().readAt)).toList();
            for (var eldest : eldestFirst) {
                if (bytes <= maxBytes / 4 * 3) {
                    break;
                }
                if (pages.remove(eldest.getKey(), eldest.getValue())) {
                    bytes -= eldest.getValue().size;
                }
            }
        }
    }

    synchronized void remove(String key) {
        Kept<P> removed = pages.remove(key);
        bytes -= removed == null ? 0 : removed.size;
    }
}
