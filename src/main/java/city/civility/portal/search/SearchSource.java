package city.civility.portal.search;

import java.util.List;
import java.util.Optional;

/**
 * Where the index reads one type of public thing from. Each feature with public content
 * (news now; good people, candidates, ads and cases as they arrive) provides one as a
 * CDI bean; the indexer finds them all and never needs to know the features.
 */
public interface SearchSource {

    /** The type this source answers for, e.g. "article". */
    String type();

    /** The thing as the public sees it now, or empty when it is not public (any more). */
    Optional<SearchDocument> find(long id);

    /** How many public things there are, for the rebuild's progress. */
    long count();

    /** Up to {@code size} public things with ids above {@code afterId}, by id: the rebuild reads them all in pages. */
    List<SearchDocument> page(long afterId, int size);
}
