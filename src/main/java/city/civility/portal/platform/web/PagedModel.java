package city.civility.portal.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import city.civility.portal.platform.SortBy;

/**
 * A lazy table over one service's paged query: only the rows on screen are loaded.
 * The view bean passes the service calls; filters live in the view bean's form.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Loads the rows from {@code first}, at most {@code size} of them, in the order asked for. */
    public interface Rows<T> extends Serializable {
        List<T> load(int first, int size, SortBy order);
    }

    /** Counts all rows that match. */
    public interface Count extends Serializable {
        long count();
    }

    private final Rows<T> rows;
    private final Count count;
    private final SerializableKey<T> key;
    private List<T> page = List.of();

    public PagedModel(Rows<T> rows, Count count, SerializableKey<T> key) {
        this.rows = rows;
        this.count = count;
        this.key = key;
    }

    /** The row key, for PrimeFaces' row selection. */
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortBy order = sortBy.values().stream().filter(SortMeta::isActive).findFirst()
                .map(meta -> new SortBy(meta.getField(), meta.getOrder() != SortOrder.DESCENDING)).orElse(SortBy.NONE);
        page = rows.load(first, pageSize, order);
        return page;
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return page.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
