package city.civility.portal.news.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Channel;
import city.civility.portal.news.ChannelService;
import city.civility.portal.news.PublicNews;
import city.civility.portal.platform.i18n.Texts;

/** The administrator's channel page: the list in order, a form to add or change one. */
@Named
@ViewScoped
public class ChannelsView implements Serializable {

    @Inject
    transient ChannelService channels;

    @Inject
    transient PublicNews news;

    private List<Channel> list;
    private Long editingId;
    private String name;
    private String slug;
    private Long parentId;

    public List<Channel> getList() {
        if (list == null) {
            list = news.channels();
        }
        return list;
    }

    public void edit(Channel channel) {
        editingId = channel.getId();
        name = channel.getName();
        slug = channel.getSlug();
        parentId = channel.getParent() == null ? null : channel.getParent().getId();
    }

    public void startNew() {
        editingId = null;
        name = null;
        slug = null;
        parentId = null;
    }

    public void save() {
        Channel saved = Texts.attempt(() -> editingId == null
                ? channels.create(name, slug, parentId) : channels.update(editingId, name, slug, parentId));
        if (saved != null) {
            Texts.info("channels.saved", saved.getName());
            startNew();
            list = null;
        }
    }

    public void move(Channel channel, boolean up) {
        channels.move(channel.getId(), up);
        list = null;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }
}
