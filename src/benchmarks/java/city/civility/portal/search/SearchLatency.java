package city.civility.portal.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/**
 * The search benchmark's in-process side: the same queries as the HTTP run, through the
 * portal's own {@link Search} over the same index directory, from CLIENTS threads for
 * SECONDS seconds after as long a warm-up. Prints p50 and p99 in milliseconds.
 * Args: INDEX_DIR QUERIES_FILE CLIENTS SECONDS
 */
public final class SearchLatency {

    public static void main(String[] args) throws Exception {
        List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream().filter(q -> !q.isBlank()).toList();
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        try (FSDirectory directory = FSDirectory.open(Path.of(args[0])); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = SearchIndex.searcher(reader); // as the portal makes them
            Search search = new Search();
            run(search, searcher, queries, clients, seconds); // warm-up (JIT), not measured
            List<Long> nanos = run(search, searcher, queries, clients, seconds);
            Collections.sort(nanos);
            System.out.printf("in-process: %d searches, p50 %.2f ms, p99 %.2f ms%n", nanos.size(),
                    nanos.get(nanos.size() / 2) / 1e6, nanos.get((int) (nanos.size() * 0.99)) / 1e6);
        }
    }

    private static List<Long> run(Search search, IndexSearcher searcher, List<String> queries, int clients, long seconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            results.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = offset; System.nanoTime() < end; i++) {
                    long start = System.nanoTime();
                    search.search(searcher, new Search.Request(queries.get(i % queries.size()), null, null, null, false, 1, 10), false);
                    times.add(System.nanoTime() - start);
                }
                return times;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all;
    }

    private SearchLatency() {
    }
}
