package city.civility.portal.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.importer.CorpusImport;
import city.civility.portal.platform.StaffRoles;
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

    /** Offered to administrators when an import folder is configured. */
    public boolean isOffered() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(StaffRoles.ADMIN) && corpus.folder().isPresent();
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
