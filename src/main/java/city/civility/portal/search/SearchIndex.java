package city.civility.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.PortalClock;

/**
 * This instance's Lucene index in {@code PORTAL_INDEX_DIR}, kept in step with the
 * database by following the search log ({@link SearchOutbox}): after every commit that
 * wrote log rows here, and every second for rows written by other instances, it reads
 * the rows after its {@link LogPosition}, reads the current state of each named thing,
 * updates or removes its document, and commits the documents together with the new
 * position, then refreshes the searcher. Every instance follows the log on its own, so
 * all converge. An index that is missing, unreadable, of another layout, or older than
 * the retained log is rebuilt from the database in the background ({@link IndexRebuild});
 * searches meanwhile say so. All writing happens under one lock, in order.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each outbox and source call has its own transaction
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final int BATCH = 500;
    /** Other instances' changes are searchable here within about this long. */
    static final long POLL_SECONDS = 1;
    /** Lucene's default is 16: a rebuild writing fewer, larger segments has less merging to do. */
    private static final double RAM_BUFFER_MB = 64;

    /** What the index is doing, for searches and the admin page. */
    public enum Status { READY, REBUILDING }

    /** The admin page's figures. */
    public record Info(Status status, long documents, long sizeBytes, Instant lastUpdate, long pending,
                       long rebuildDone, long rebuildTotal) {
    }

    @Inject
    @ConfigProperty(name = "portal.index.dir")
    String indexDir;

    @Inject
    SearchOutbox outbox;

    @Inject
    @Any
    Instance<SearchSource> sources;

    @Inject
    PortalClock clock;

    /** Threads for the index's own work and a rebuild's analysers, made by the server so they are its own. */
    @Resource
    ManagedThreadFactory threads;

    /**
     * The index's own thread for following the log and rebuilding: a rebuild takes minutes
     * at 100,000 articles, and must not hold up the server's shared scheduled executor,
     * where scheduled publishing runs.
     */
    private ScheduledExecutorService worker;

    /** Held by the one thread updating the index; others leave their request in {@link #more}. */
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean more = new AtomicBoolean();
    private FSDirectory directory;
    private IndexWriter writer;
    private IndexRebuild rebuild;
    private SearcherManager searchers;
    private volatile boolean rebuildNeeded;
    private volatile Status status = Status.READY;
    /** Searches see only part of what is public: the index was started empty and is being filled. */
    private volatile boolean incomplete;
    private volatile Instant lastUpdate;
    /** How far the committed index has applied the log; {@code null} until it is first rebuilt. */
    private volatile LogPosition position;

    @PostConstruct
    void open() {
        try {
            Path path = Files.createDirectories(Path.of(indexDir));
            directory = FSDirectory.open(path);
            Optional<String> problem = problemWith(directory);
            if (problem.isEmpty()) {
                position = LogPosition.fromCommitData(SegmentInfos.readLatestCommit(directory).getUserData());
            }
            if (problem.isPresent()) {
                LOG.warning(() -> "event=search-index-rebuild-needed reason=" + problem.get());
                clear(path);
                rebuildNeeded = true;
                status = Status.REBUILDING;
                incomplete = true;
            }
            IndexWriterConfig config = new IndexWriterConfig(IndexedFields.analyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB);
            writer = new IndexWriter(directory, config);
            rebuild = new IndexRebuild(writer, threads);
            if (rebuildNeeded) {
                commit(); // an empty but valid index, so searches work while it fills
            }
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    return searcher(reader);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + indexDir + " cannot be opened", e);
        }
        worker = Executors.newSingleThreadScheduledExecutor(threads);
        worker.scheduleWithFixedDelay(this::tick, 0, POLL_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A searcher whose query cache keeps which documents match the text of recent frequent
     * searches, segment by segment, so a popular search is counted from memory; a refresh
     * after a publication leaves the cache of unchanged segments in place. Lucene caches only
     * segments of 10,000 documents and more by default, as smaller ones are quick to search
     * again; here every document is long Chinese text matched phrase by phrase, so segments
     * of a thousand already repay it.
     */
    static IndexSearcher searcher(IndexReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(QUERY_CACHE);
        return searcher;
    }

    private static final LRUQueryCache QUERY_CACHE = new LRUQueryCache(1_000, 64L * 1024 * 1024,
            segment -> segment.reader().maxDoc() >= 1_000, 10);

    /** Why an existing index cannot be used as it is: none, unreadable, another Lucene version or layout, no log position. */
    private static Optional<String> problemWith(FSDirectory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.of("missing");
            }
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            if (!IndexedFields.FORMAT.equals(commit.getUserData().get(IndexedFields.FORMAT_KEY))) {
                return Optional.of("layout");
            }
            if (LogPosition.fromCommitData(commit.getUserData()) == null) {
                return Optional.of("no-log-position"); // built before the log was followed, or its rebuild never finished
            }
            DirectoryReader.open(directory).close();
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("unreadable:" + e.getClass().getSimpleName());
        }
    }

    /**
     * Removes an unusable index: Lucene's files only (segments, their parts, the lock), so
     * whatever else the configured folder holds, such as the project's .gitignore, stays.
     * (Lucene's own CREATE mode cannot be used: it reads the old commit and fails on it.)
     */
    private static void clear(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches() || name.startsWith(IndexFileNames.SEGMENTS)
                        || name.startsWith(IndexFileNames.PENDING_SEGMENTS) || name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    @PreDestroy
    void close() {
        worker.shutdown(); // no interrupt: an interrupted IndexWriter closes itself; the lock below waits for the running update
        writing.lock();
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "event=search-index-close-failed", e);
        } finally {
            writing.unlock();
        }
    }

    /** After a commit that wrote outbox rows: apply them now rather than at the next poll. */
    public void outboxWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) SearchOutbox.Written written) {
        worker.execute(this::tick);
    }

    /** Starts a rebuild from the database in the background (the admin's button). */
    public void rebuild() {
        rebuildNeeded = true;
        status = Status.REBUILDING;
        worker.execute(this::tick);
    }

    /**
     * Brings the index up to date. A thread finding another at work leaves a note and
     * returns at once; the working thread goes round again until no note is left.
     */
    private void tick() {
        more.set(true);
        while (more.get() && writing.tryLock()) {
            try {
                while (more.getAndSet(false)) {
                    update();
                }
            } finally {
                writing.unlock();
            }
        }
    }

    private void update() {
        try {
            if (rebuildNeeded) {
                rebuildNow();
            } else if (position.missed(outbox.prunedThrough())) {
                LOG.warning("event=search-index-rebuild-needed reason=log-pruned-past-index");
                status = Status.REBUILDING;
                rebuildNow();
            }
            followLog();
        } catch (IOException | RuntimeException e) {
            // The database may be away for a moment; the log is read again from the same position next tick.
            LOG.log(Level.WARNING, "event=search-index-update-failed cause={0}", e.toString());
        }
    }

    /** Applies the rows that appeared in the position's gaps and all rows after it, a batch at a time. */
    private void followLog() throws IOException {
        List<SearchOutbox.Entry> late = position.gaps().isEmpty() ? List.of() : outbox.inGaps(position.gaps());
        List<SearchOutbox.Entry> rows = outbox.after(position.appliedThrough(), BATCH);
        while (true) {
            // Wall time, not the portal's movable clock: gaps wait for real transactions to end.
            LogPosition next = position.filled(ids(late)).after(ids(rows), Instant.now()).withoutExpiredGaps(Instant.now());
            if (late.isEmpty() && rows.isEmpty() && next.equals(position)) {
                return;
            }
            List<SearchOutbox.Entry> all = new ArrayList<>(late);
            all.addAll(rows);
            apply(all, next);
            if (rows.size() < BATCH) {
                return;
            }
            late = List.of();
            rows = outbox.after(position.appliedThrough(), BATCH);
        }
    }

    private static List<Long> ids(List<SearchOutbox.Entry> rows) {
        return rows.stream().map(SearchOutbox.Entry::getId).toList();
    }

    /** Brings the named things' documents up to date and commits them with the position they take the index to. */
    private void apply(List<SearchOutbox.Entry> rows, LogPosition next) throws IOException {
        Map<String, SearchOutbox.Entry> latest = new LinkedHashMap<>();
        rows.forEach(e -> latest.put(SearchDocument.key(e.getType(), e.getDocumentId()), e));
        for (SearchOutbox.Entry entry : latest.values()) {
            Optional<SearchDocument> current = source(entry.getType()).flatMap(s -> s.find(entry.getDocumentId()));
            Term key = new Term(IndexedFields.KEY, SearchDocument.key(entry.getType(), entry.getDocumentId()));
            if (current.isPresent()) {
                writer.updateDocument(key, IndexedFields.toLucene(current.get()));
            } else {
                writer.deleteDocuments(key);
            }
        }
        position = next;
        commit();
        searchers.maybeRefreshBlocking();
        lastUpdate = clock.now();
    }

    /** Fills the index afresh from the database and commits it with where the log stood before anything was read. */
    private void rebuildNow() throws IOException {
        long started = System.nanoTime();
        // Where the log stands before anything is read: changes after this are applied after the rebuild.
        long pruned = outbox.prunedThrough();
        long newest = outbox.newest();
        LogPosition rebuilt = LogPosition.rebuiltAt(newest, pruned, outbox.idsFrom(LogPosition.windowStart(newest, pruned)), Instant.now());
        long documents = rebuild.run(sources.stream().toList());
        position = rebuilt;
        commit();
        searchers.maybeRefreshBlocking();
        rebuildNeeded = false;
        status = Status.READY;
        incomplete = false;
        lastUpdate = clock.now();
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(() -> String.format(Locale.ROOT, "event=search-index-rebuilt documents=%d seconds=%.1f rate=%.0f/s",
                documents, seconds, documents / Math.max(seconds, 0.001)));
    }

    /** Commits the documents with the layout and the log position they reflect. */
    private void commit() throws IOException {
        Map<String, String> data = new HashMap<>(Map.of(IndexedFields.FORMAT_KEY, IndexedFields.FORMAT));
        if (position != null) {
            data.putAll(position.commitData());
        }
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
    }

    private Optional<SearchSource> source(String type) {
        return sources.stream().filter(s -> s.type().equals(type)).findFirst();
    }

    /** A searcher over the latest refreshed state; give it back with {@link #release}. */
    public IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    public void release(IndexSearcher searcher) throws IOException {
        searchers.release(searcher);
    }

    public Status status() {
        return status;
    }

    /**
     * Whether searches may miss public things now. A rebuild the administrator started
     * is not such a time: searches keep the old, whole index until the new one is done.
     */
    public boolean isIncomplete() {
        return incomplete;
    }

    public Info info() {
        long size = 0;
        try {
            for (String file : directory.listAll()) {
                size += directory.fileLength(file);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "index size not readable now", e);
        }
        IndexSearcher searcher = null;
        long documents = 0;
        try {
            searcher = acquire();
            documents = searcher.getIndexReader().numDocs();
        } catch (IOException e) {
            LOG.log(Level.FINE, "index not readable now", e);
        } finally {
            releaseQuietly(searcher);
        }
        LogPosition applied = position;
        long pending = applied == null ? outbox.countAfter(0) : outbox.countAfter(applied.appliedThrough());
        return new Info(status, documents, size, lastUpdate, pending, rebuild.done(), rebuild.total());
    }

    private void releaseQuietly(IndexSearcher searcher) {
        if (searcher != null) {
            try {
                release(searcher);
            } catch (IOException e) {
                LOG.log(Level.FINE, "searcher release failed", e);
            }
        }
    }

}
