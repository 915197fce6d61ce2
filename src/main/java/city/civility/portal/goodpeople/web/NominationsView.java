package city.civility.portal.goodpeople.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.Category;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.GoodPerson;
import city.civility.portal.platform.moderation.ModerationStatus;
import city.civility.portal.platform.web.PagedModel;

/** The vetting queue ({@code /admin/goodpeople.xhtml}): nominations by status and category, those waiting longest first. */
@Named
@ViewScoped
public class NominationsView implements Serializable {

    @Inject
    transient GoodPeopleService goodPeople;

    private ModerationStatus status = ModerationStatus.PENDING;
    private Category category;

    private final PagedModel<GoodPerson> nominations = new PagedModel<>(
            (first, size, order) -> goodPeople.queue(status, category, first, size, order),
            () -> goodPeople.count(status, category),
            GoodPerson::getId);

    public PagedModel<GoodPerson> getNominations() {
        return nominations;
    }

    public List<ModerationStatus> getStatuses() {
        return Arrays.asList(ModerationStatus.values());
    }

    public List<Category> getCategories() {
        return Arrays.asList(Category.values());
    }

    public ModerationStatus getStatus() {
        return status;
    }

    public void setStatus(ModerationStatus status) {
        this.status = status;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }
}
