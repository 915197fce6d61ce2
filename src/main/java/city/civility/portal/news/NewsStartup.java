package city.civility.portal.news;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import city.civility.portal.news.demo.DemoContent;
import city.civility.portal.news.importer.CorpusImport;

/**
 * News content at start-up, in this order: the demo city into an empty portal, then
 * the folder named by PORTAL_IMPORT_DIR, if any (importing is idempotent).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class NewsStartup {

    private static final Logger LOG = Logger.getLogger(NewsStartup.class.getName());

    @Inject
    DemoContent demo;

    @Inject
    CorpusImport corpus;

    /** Outside a transaction (set on the method: a singleton's start-up callback does not take the class's): the demo city commits before the import's own transactions begin. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void bringInContent() {
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
