package city.civility.portal.news;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;

import city.civility.portal.news.demo.DemoContent;
import city.civility.portal.news.importer.CorpusImport;
import city.civility.portal.platform.StartupWork;

/**
 * News content at start-up, in this order: the demo city into an empty portal, then
 * the folder named by PORTAL_IMPORT_DIR, if any (importing is idempotent).
 */
@ApplicationScoped
public class NewsStartup {

    private static final Logger LOG = Logger.getLogger(NewsStartup.class.getName());

    @Inject
    DemoContent demo;

    @Inject
    CorpusImport corpus;

    /** Outside a transaction: the demo city commits before the import's own transactions begin. */
    void bringInContent(@ObservesAsync StartupWork.Begun begun) {
        demo.loadIntoEmptyPortal();
        try {
            if (corpus.folder().isPresent()) {
                corpus.importAtStartup();
            }
        } catch (RuntimeException e) {
            // A bad import folder must not keep the portal from starting; the log says what went wrong.
            LOG.log(Level.WARNING, "event=text-import-failed", e);
        }
    }
}
