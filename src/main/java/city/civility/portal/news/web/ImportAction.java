package city.civility.portal.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.importer.CorpusImport;
import city.civility.portal.platform.i18n.Texts;

/** The administrator's "import from the import folder" button on the article list. */
@Named
@RequestScoped
public class ImportAction {

    @Inject
    CorpusImport corpus;

    public String getFolder() {
        return corpus.folder().orElse(null);
    }

    public void run() {
        CorpusImport.Report report = Texts.attempt(corpus::importConfiguredFolder);
        if (report == null) {
            return;
        }
        Texts.info("import.done", report.files(), report.added(), report.existing(), report.skippedLines());
        if (!report.unreadable().isEmpty()) {
            Texts.error("import.unreadable", String.join("、", report.unreadable()));
        }
    }
}
