package city.civility.portal.news.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.web.Uploads;
import city.civility.portal.news.Article;
import city.civility.portal.news.Topic;
import city.civility.portal.news.TopicDraft;
import city.civility.portal.news.TopicService;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/**
 * The topic pages of the staff side: /admin/topics.xhtml lists them, /admin/topic.xhtml?id=N
 * edits one (without id: a new one) — its banner, introduction and articles.
 */
@Named
@ViewScoped
public class TopicEditor implements Serializable {

    @Inject
    transient TopicService topics;

    @Inject
    Uploads uploads;

    private Long id;
    private Topic topic;

    private String title;
    private String slug;
    private String intro;
    private MediaFile banner;
    private boolean visible = true;

    private List<Topic> all;

    /** The article picked in the search box, to add. */
    private Long pickedArticleId;

    /** The f:viewAction: loads the topic named by ?id=, or starts a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        topic = topics.find(id).orElse(null);
        if (topic == null) {
            FacesResponses.notFound();
            return;
        }
        fillForm();
    }

    private void fillForm() {
        title = topic.getTitle();
        slug = topic.getSlug();
        intro = topic.getIntro();
        banner = topic.getBanner();
        visible = topic.isVisible();
    }

    /** The list page's topics, read once per view (the table asks more than once). */
    public List<Topic> getAll() {
        if (all == null) {
            all = topics.all();
        }
        return all;
    }

    public void save() throws IOException {
        TopicDraft draft = new TopicDraft(title, slug, intro, banner == null ? null : banner.getKey(), visible);
        if (topic == null) {
            Topic created = Texts.attempt(() -> topics.create(draft));
            if (created != null) {
                FacesResponses.redirectWithInfo("/admin/topic.xhtml?id=" + created.getId(), "topics.saved", created.getTitle());
            }
            return;
        }
        if (done(Texts.attempt(() -> topics.update(topic.getId(), topic.getVersion(), draft)))) {
            Texts.info("topics.saved", topic.getTitle());
        }
    }

    public void uploadBanner(FileUploadEvent event) throws IOException {
        MediaFile picture = uploads.picture(event.getFile());
        if (picture != null) {
            banner = picture;
        }
    }

    public void removeBanner() {
        banner = null;
    }

    /** Articles whose title contains what was typed, for the search box. */
    public List<Article> completeArticle(String typed) {
        return topics.candidates(typed, 10);
    }

    public void addPicked() {
        if (pickedArticleId != null && done(Texts.attempt(() -> topics.addArticle(topic.getId(), pickedArticleId)))) {
            Texts.info("topics.articleAdded");
        }
        pickedArticleId = null;
    }

    public void remove(long articleId) {
        done(Texts.attempt(() -> topics.removeArticle(topic.getId(), articleId)));
    }

    public void move(long articleId, boolean up) {
        done(Texts.attempt(() -> topics.moveArticle(topic.getId(), articleId, up)));
    }

    private boolean done(Topic updated) {
        if (updated == null) {
            return false;
        }
        topic = updated;
        return true;
    }

    public Topic getTopic() {
        return topic;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public MediaFile getBanner() {
        return banner;
    }

    public boolean isVisible() {
        return visible;
    }

    public void setVisible(boolean visible) {
        this.visible = visible;
    }

    public Long getPickedArticleId() {
        return pickedArticleId;
    }

    public void setPickedArticleId(Long pickedArticleId) {
        this.pickedArticleId = pickedArticleId;
    }
}
