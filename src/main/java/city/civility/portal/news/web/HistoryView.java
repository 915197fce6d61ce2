package city.civility.portal.news.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Article;
import city.civility.portal.news.ArticleRevision;
import city.civility.portal.news.ArticleService;
import city.civility.portal.news.RevisionDiff;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/** An article's revisions (/admin/history.xhtml?id=N): who saved what when, any two compared, an old one restored. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    @Inject
    transient ArticleService articles;

    private Long id;
    private Article article;
    private List<ArticleRevision> revisions;
    private Integer older;
    private Integer newer;
    private List<RevisionDiff.Row> rows = List.of();

    public void load() throws IOException {
        article = id == null ? null : articles.find(id).orElse(null);
        if (article == null) {
            FacesResponses.notFound();
            return;
        }
        revisions = articles.revisions(id);
        if (older == null && newer == null && revisions.size() > 1) {
            newer = revisions.get(0).getNumber();
            older = revisions.get(1).getNumber();
        }
        compare();
    }

    public void compare() {
        ArticleRevision left = byNumber(older);
        ArticleRevision right = byNumber(newer);
        rows = left == null || right == null ? List.of() : RevisionDiff.between(left, right);
    }

    public void restore(int number) throws IOException {
        if (Texts.attempt(() -> articles.restore(id, number)) != null) {
            FacesResponses.redirectWithInfo("/admin/article.xhtml?id=" + id, "news.restored", number);
        }
    }

    /** An editor may restore any revision but the current one, of an article not archived. */
    public boolean canRestore(ArticleRevision revision) {
        return ArticleEditor.inRole(StaffRoles.EDITOR) && article.mayBeRevised() && !revision.equals(article.getCurrentRevision());
    }

    private ArticleRevision byNumber(Integer number) {
        return number == null ? null : revisions.stream().filter(r -> r.getNumber() == number).findFirst().orElse(null);
    }

    public Article getArticle() {
        return article;
    }

    public List<ArticleRevision> getRevisions() {
        return revisions;
    }

    public List<RevisionDiff.Row> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }
}
