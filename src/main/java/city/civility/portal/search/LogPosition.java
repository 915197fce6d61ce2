package city.civility.portal.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far an index has applied the search log, kept in the index's own commit data so
 * that it is exactly as durable as the documents it describes.
 * <p>
 * Log ids are handed out when a transaction writes its row but become visible when it
 * commits, so a smaller id can appear after a larger one was read. Ids skipped over are
 * therefore kept as <em>gaps</em> and looked for again on every read, until their rows
 * appear or the gap is older than any transaction lives (then its transaction rolled
 * back, or the database skipped the numbers: either way nothing to apply). Gaps are
 * ranges, so a long run of skipped ids costs no more than one.
 */
public record LogPosition(long appliedThrough, List<Gap> gaps) {

    /** Longer than any transaction may run (the server's transaction timeout is five minutes). */
    static final Duration GAP_PATIENCE = Duration.ofMinutes(10);
    /** How far back an index built from the database looks for transactions still writing when it started. */
    static final long REBUILD_WINDOW = 10_000;

    private static final String THROUGH_KEY = "logAppliedThrough";
    private static final String GAPS_KEY = "logGaps";

    /** Ids {@code from} to {@code to}, both included, skipped over at {@code noticed}. */
    public record Gap(long from, long to, Instant noticed) {
    }

    public LogPosition {
        gaps = List.copyOf(gaps);
    }

    /**
     * The position of an index built from the database when the newest log row was
     * {@code newest}: everything committed by then is in it. Ids of the last window that
     * were not visible may belong to transactions still running: they are gaps. Ids at
     * or below {@code prunedThrough} are gone from the log, not missing.
     */
    static LogPosition rebuiltAt(long newest, long prunedThrough, Collection<Long> visibleInWindow, Instant now) {
        return new LogPosition(windowStart(newest, prunedThrough) - 1, List.of()).after(visibleInWindow, now);
    }

    /** The first log id of the window {@link #rebuiltAt} looks at. */
    static long windowStart(long newest, long prunedThrough) {
        return Math.max(prunedThrough, newest - REBUILD_WINDOW) + 1;
    }

    /** Ids read above {@link #appliedThrough}, in any order: the ids skipped over become gaps. */
    LogPosition after(Collection<Long> newIds, Instant now) {
        List<Gap> next = new ArrayList<>(gaps);
        long through = appliedThrough;
        for (long id : new TreeSet<>(newIds)) {
            if (id > through + 1) {
                next.add(new Gap(through + 1, id - 1, now));
            }
            through = Math.max(through, id);
        }
        return new LogPosition(through, next);
    }

    /** The gaps less the ids whose rows have now been read. */
    LogPosition filled(Collection<Long> ids) {
        TreeSet<Long> found = new TreeSet<>(ids);
        List<Gap> next = new ArrayList<>();
        for (Gap gap : gaps) {
            long from = gap.from();
            for (long id : found.subSet(gap.from(), true, gap.to(), true)) {
                if (id > from) {
                    next.add(new Gap(from, id - 1, gap.noticed()));
                }
                from = id + 1;
            }
            if (from <= gap.to()) {
                next.add(new Gap(from, gap.to(), gap.noticed()));
            }
        }
        return new LogPosition(appliedThrough, next);
    }

    /** Without the gaps waited for longer than any transaction lives. */
    LogPosition withoutExpiredGaps(Instant now) {
        Instant cutoff = now.minus(GAP_PATIENCE);
        return new LogPosition(appliedThrough, gaps.stream().filter(g -> !g.noticed().isBefore(cutoff)).toList());
    }

    /** Whether changes this index never applied were pruned from the log. */
    boolean missed(long prunedThrough) {
        return prunedThrough > appliedThrough;
    }

    Map<String, String> commitData() {
        String gapList = gaps.stream().map(g -> g.from() + "-" + g.to() + "@" + g.noticed().toEpochMilli())
                .collect(Collectors.joining(","));
        return Map.of(THROUGH_KEY, Long.toString(appliedThrough), GAPS_KEY, gapList);
    }

    /** The position an index's commit data records; {@code null} when it records none (an index of an older layout). */
    static LogPosition fromCommitData(Map<String, String> data) {
        String through = data.get(THROUGH_KEY);
        if (through == null) {
            return null;
        }
        List<Gap> gaps = new ArrayList<>();
        String gapList = data.getOrDefault(GAPS_KEY, "");
        if (!gapList.isEmpty()) {
            for (String gap : gapList.split(",")) {
                int dash = gap.indexOf('-');
                int at = gap.indexOf('@');
                gaps.add(new Gap(Long.parseLong(gap.substring(0, dash)), Long.parseLong(gap.substring(dash + 1, at)),
                        Instant.ofEpochMilli(Long.parseLong(gap.substring(at + 1)))));
            }
        }
        return new LogPosition(Long.parseLong(through), gaps);
    }
}
