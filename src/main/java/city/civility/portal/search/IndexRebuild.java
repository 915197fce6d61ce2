package city.civility.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import org.apache.lucene.index.IndexWriter;

/**
 * Fills the index afresh from every {@link SearchSource}, counting as it goes for the admin
 * page. Run by {@link SearchIndex} under its writing lock, which commits what it wrote.
 */
final class IndexRebuild {

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    private final IndexWriter writer;
    /** The server's own threads, for the analysers. */
    private final ThreadFactory threads;
    private volatile long done; // written by the one rebuilding thread only
    private volatile long total;

    IndexRebuild(IndexWriter writer, ThreadFactory threads) {
        this.writer = writer;
        this.threads = threads;
    }

    /**
     * Replaces every document by the sources' own, read page by page and indexed on all
     * processors: analysing Chinese text is most of the work, and the next page is read while
     * the last is analysed. Returns how many documents it wrote.
     */
    long run(List<SearchSource> sources) throws IOException {
        done = 0;
        total = sources.stream().mapToLong(SearchSource::count).sum();
        writer.deleteAll();
        int processors = Runtime.getRuntime().availableProcessors();
        ExecutorService analysers = Executors.newFixedThreadPool(processors, threads);
        try {
            List<Future<?>> previous = List.of();
            int previousSize = 0;
            for (SearchSource source : sources) {
                long after = 0;
                for (List<SearchDocument> page = source.page(after, SearchIndex.BATCH); !page.isEmpty();
                     page = source.page(after, SearchIndex.BATCH)) {
                    awaitAll(previous);
                    done += previousSize;
                    previous = new ArrayList<>();
                    previousSize = page.size();
                    for (int part = 0; part < processors; part++) {
                        List<SearchDocument> share = page.subList(page.size() * part / processors, page.size() * (part + 1) / processors);
                        previous.add(analysers.submit(() -> add(share)));
                    }
                    after = page.get(page.size() - 1).id();
                }
            }
            awaitAll(previous);
            done += previousSize;
        } finally {
            // After a failure, no analyser may still be adding when the next rebuild starts afresh.
            analysers.shutdownNow();
            awaitTermination(analysers);
        }
        // One segment searches fastest (a tenth of the rebuild's time at 100,000 articles, and
        // searches keep the old index meanwhile); later changes add small segments beside it.
        writer.forceMerge(1);
        return done;
    }

    /** Documents written so far by the running or last rebuild. */
    long done() {
        return done;
    }

    /** Documents the running or last rebuild set out to write. */
    long total() {
        return total;
    }

    private Void add(List<SearchDocument> documents) throws IOException {
        for (SearchDocument document : documents) {
            writer.addDocument(IndexedFields.toLucene(document));
        }
        return null;
    }

    private static void awaitTermination(ExecutorService analysers) {
        try {
            if (!analysers.awaitTermination(1, TimeUnit.MINUTES)) {
                LOG.warning("event=search-index-analysers-still-running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitAll(List<Future<?>> tasks) throws IOException {
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("rebuild interrupted", e);
            }
        }
    }
}
