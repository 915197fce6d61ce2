package city.civility.portal.search.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.search.SearchAdministration;
import city.civility.portal.search.SearchIndex;

/** The administrator's search index page: its figures, and the rebuild with its progress. */
@Named
@ViewScoped
public class SearchAdminView implements Serializable {

    @Inject
    transient SearchAdministration index;

    private SearchIndex.Info info;

    public SearchIndex.Info getInfo() {
        if (info == null) {
            info = index.info();
        }
        return info;
    }

    /** Called by the progress bar's poll: fresh figures. */
    public void refresh() {
        info = index.info();
    }

    public int getProgress() {
        SearchIndex.Info now = getInfo();
        if (now.status() != SearchIndex.Status.REBUILDING) {
            return 100;
        }
        return now.rebuildTotal() == 0 ? 0 : (int) Math.min(99, now.rebuildDone() * 100 / now.rebuildTotal());
    }

    public void rebuild() {
        index.rebuild();
        info = index.info();
        Texts.info("search.admin.rebuildStarted");
    }
}
