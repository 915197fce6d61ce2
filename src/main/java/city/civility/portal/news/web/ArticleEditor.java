package city.civility.portal.news.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import city.civility.portal.media.MediaFile;
import city.civility.portal.media.MediaService;
import city.civility.portal.media.web.Uploads;
import city.civility.portal.news.Article;
import city.civility.portal.news.ArticleDraft;
import city.civility.portal.news.ArticleRevision;
import city.civility.portal.news.ArticleService;
import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;
import city.civility.portal.platform.web.Dates;

/**
 * One article on the staff side: editors write and submit it, reviewers approve,
 * schedule, send it back, withdraw or archive it. Opened as /admin/article.xhtml?id=N,
 * or without id for a new article.
 */
@Named
@ViewScoped
public class ArticleEditor implements Serializable {

    @Inject
    transient ArticleService articles;

    @Inject
    transient PublicNews news;

    @Inject
    transient MediaService media;

    @Inject
    Uploads uploads;

    private Long id;
    private Article article;

    // The form.
    private Long channelId;
    private String title;
    private String subtitle;
    private String summary;
    private String body;
    private String author;
    private String source;
    private String tags;
    private boolean pinned;
    private boolean headline;
    private MediaFile cover;
    private List<MediaFile> attachments = new ArrayList<>();
    /** The key of a library file picked in the attachment search box. */
    private String pickedKey;

    /** The address of the picture just uploaded, for the page's script to put into the text. */
    private String lastImageUrl;

    // The reviewer's part.
    private LocalDateTime publishAt;
    private String reason;

    /** The f:viewAction: loads the article named by ?id=, or starts a new one. */
    public void load() throws IOException {
        if (id == null) {
            return;
        }
        article = articles.find(id).orElse(null);
        if (article == null) {
            FacesResponses.notFound();
            return;
        }
        fillForm();
    }

    private void fillForm() {
        ArticleRevision r = article.getCurrentRevision();
        channelId = r.getChannel().getId();
        title = r.getTitle();
        subtitle = r.getSubtitle();
        summary = r.getSummary();
        body = r.getBody();
        author = r.getAuthor();
        source = r.getSource();
        tags = r.getTags();
        pinned = r.isPinned();
        headline = r.isHeadline();
        cover = r.getCover();
        attachments = new ArrayList<>(r.getAttachments());
    }

    public void save() throws IOException {
        ArticleDraft draft = new ArticleDraft(channelId == null ? 0 : channelId, title, subtitle, summary, body,
                author, source, tags, pinned, headline, cover == null ? null : cover.getKey(),
                attachments.stream().map(MediaFile::getKey).toList());
        if (article == null) {
            Article created = Texts.attempt(() -> articles.create(draft));
            if (created != null) {
                FacesResponses.redirectWithInfo("/admin/article.xhtml?id=" + created.getId(), "news.saved", 1);
            }
            return;
        }
        if (done(Texts.attempt(() -> articles.save(article.getId(), article.getVersion(), draft)))) {
            Texts.info("news.saved", article.getCurrentRevision().getNumber());
        }
    }

    /** A picture chosen in the editor goes to the media library; the page inserts it at the cursor. */
    public void uploadImage(FileUploadEvent event) throws IOException {
        MediaFile picture = uploads.picture(event.getFile());
        lastImageUrl = picture == null ? null : picture.getUrl();
    }

    /** The cover picture is uploaded to the media library and shown until the article is saved with it. */
    public void uploadCover(FileUploadEvent event) throws IOException {
        MediaFile picture = uploads.picture(event.getFile());
        if (picture != null) {
            cover = picture;
        }
    }

    public void removeCover() {
        cover = null;
    }

    public void uploadAttachment(FileUploadEvent event) throws IOException {
        MediaFile file = uploads.file(event.getFile());
        if (file != null) {
            attach(file);
        }
    }

    /** Files of the library whose name contains what was typed, for the attachment search box. */
    public List<MediaFile> completeAttachment(String typed) {
        return media.named(typed, 10);
    }

    /** Attaches the file picked in the search box. */
    public void attachPicked() {
        media.find(pickedKey).ifPresent(this::attach);
        pickedKey = null;
    }

    private void attach(MediaFile file) {
        if (attachments.stream().noneMatch(a -> a.getKey().equals(file.getKey()))) {
            attachments.add(file);
        }
    }

    public void removeAttachment(String key) {
        attachments.removeIf(a -> a.getKey().equals(key));
    }

    public String getLastImageUrl() {
        return lastImageUrl;
    }

    public void submit() {
        if (done(Texts.attempt(() -> articles.submit(article.getId())))) {
            Texts.info("news.submitted");
        }
    }

    public void approve() {
        var at = publishAt == null ? null : publishAt.atZone(PortalClock.ZONE).toInstant();
        if (done(Texts.attempt(() -> articles.approve(article.getId(), at)))) {
            if (article.getScheduledFor() != null) {
                Texts.info("news.scheduled", Dates.dateTimeOf(article.getScheduledFor()));
            } else {
                Texts.info("news.published");
            }
        }
    }

    public void sendBack() {
        if (done(Texts.attempt(() -> articles.sendBack(article.getId(), reason)))) {
            Texts.info("news.sentBack");
        }
    }

    public void withdraw() {
        if (done(Texts.attempt(() -> articles.withdraw(article.getId(), reason)))) {
            Texts.info("news.withdrawn");
        }
    }

    public void archive() {
        if (done(Texts.attempt(() -> articles.archive(article.getId())))) {
            Texts.info("news.archived");
        }
    }

    // What the signed-in staff member may do to the article as it stands: one question for each part of the page.

    public boolean canSave() {
        return inRole(StaffRoles.EDITOR) && (article == null || article.mayBeRevised());
    }

    public boolean canSubmit() {
        return inRole(StaffRoles.EDITOR) && article != null && article.mayBeSubmitted();
    }

    /** Approve, or send back. */
    public boolean canApprove() {
        return inRole(StaffRoles.REVIEWER) && article != null && article.awaitsReview();
    }

    public boolean canWithdraw() {
        return inRole(StaffRoles.REVIEWER) && article != null && article.mayBeWithdrawn();
    }

    public boolean canArchive() {
        return inRole(StaffRoles.REVIEWER) && article != null && article.mayBeArchived();
    }

    /** The reviewer's part of the page: shown when any of its steps may be taken. */
    public boolean canReview() {
        return canApprove() || canWithdraw() || canArchive();
    }

    /** As ArticleService allows: the caller holds the role, or is an administrator. */
    static boolean inRole(String role) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole(role) || external.isUserInRole(StaffRoles.ADMIN);
    }

    private boolean done(Article updated) {
        if (updated == null) {
            return false;
        }
        article = updated;
        reason = null;
        publishAt = null;
        fillForm();
        return true;
    }

    public List<Channel> getChannels() {
        return news.channels();
    }

    public Article getArticle() {
        return article;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubtitle() {
        return subtitle;
    }

    public void setSubtitle(String subtitle) {
        this.subtitle = subtitle;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isHeadline() {
        return headline;
    }

    public void setHeadline(boolean headline) {
        this.headline = headline;
    }

    public MediaFile getCover() {
        return cover;
    }

    public List<MediaFile> getAttachments() {
        return attachments;
    }

    public String getPickedKey() {
        return pickedKey;
    }

    public void setPickedKey(String pickedKey) {
        this.pickedKey = pickedKey;
    }

    public LocalDateTime getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(LocalDateTime publishAt) {
        this.publishAt = publishAt;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
