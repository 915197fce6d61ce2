package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;

import city.civility.portal.campaigns.CampaignEvent;
import city.civility.portal.campaigns.CampaignOffice;
import city.civility.portal.campaigns.Nominee;
import city.civility.portal.campaigns.NomineeSource;
import city.civility.portal.media.MediaFile;
import city.civility.portal.media.web.Uploads;
import city.civility.portal.platform.i18n.Texts;

/**
 * The nominees on {@code /admin/campaign.xhtml?id=}: a unit's nomination or a 好人榜 entry
 * entered by the office, the committee's pass or reject with its reason, a candidate's
 * withdrawal, the jury's votes, and the campaign's history.
 */
@Named
@ViewScoped
public class NomineesDesk implements Serializable {

    @Inject
    transient CampaignOffice office;

    @Inject
    transient Uploads uploads;

    @Inject
    CampaignSetup setup;

    private NomineeSource source = NomineeSource.UNIT;
    private Long entryId;
    private Long categoryId;
    private String name;
    private String district;
    private String story;
    private String unitName;
    private List<String> photos = new ArrayList<>();
    /** What a reviewer typed next to each nominee: the reason of a decision, the jury's votes. */
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, Integer> juryVotes = new HashMap<>();
    /** Kept for the view, so a postback decodes the rows it rendered; read again after each change. */
    private transient List<Nominee> nominees;

    public List<Nominee> getNominees() {
        if (nominees == null) {
            nominees = setup.getCampaign() == null ? List.of() : office.nominees(setup.getId());
        }
        return nominees;
    }

    public String nameOf(Long nomineeId) {
        return getNominees().stream().filter(n -> n.getId().equals(nomineeId)).map(Nominee::getName).findFirst().orElse("");
    }

    public List<CampaignEvent> getHistory() {
        return setup.getCampaign() == null ? List.of() : office.history(setup.getId());
    }

    public void nominate() {
        List<String> kept = List.copyOf(photos);
        if (Texts.attempt(() -> office.nominate(setup.getId(), new Nominee.Entry(categoryId == null ? 0 : categoryId, name, district, story,
                source, entryId, unitName, kept))) != null) {
            Texts.info("campaigns.office.nominated", name);
            nominees = null;
            entryId = null;
            name = null;
            district = null;
            story = null;
            unitName = null;
            photos = new ArrayList<>();
        }
    }

    /** A photo for the nominee being entered, into the media library (type sniffed, size capped) before the nomination is saved. */
    public void upload(FileUploadEvent event) throws IOException {
        if (photos.size() >= Nominee.MAX_PHOTOS) {
            Texts.error("campaigns.nominee.photos", String.valueOf(Nominee.MAX_PHOTOS));
            return;
        }
        MediaFile stored = uploads.picture(event.getFile());
        if (stored != null) {
            photos.add(stored.getKey());
        }
    }

    public void removePhoto(String key) {
        photos.remove(key);
    }

    public void pass(Nominee nominee) {
        decided(Texts.attempt(() -> office.pass(nominee.getId(), reasons.get(nominee.getId()))), "campaigns.office.passedDone", nominee);
    }

    public void reject(Nominee nominee) {
        decided(Texts.attempt(() -> office.reject(nominee.getId(), reasons.get(nominee.getId()))), "campaigns.office.rejectedDone", nominee);
    }

    public void withdraw(Nominee nominee) {
        decided(Texts.attempt(() -> office.withdraw(nominee.getId(), reasons.get(nominee.getId()))), "campaigns.office.withdrawnDone", nominee);
    }

    public void saveJuryVotes(Nominee nominee) {
        Integer votes = juryVotes.get(nominee.getId());
        decided(Texts.attempt(() -> office.juryVotes(nominee.getId(), votes == null ? -1 : votes)), "campaigns.office.juryDone", nominee);
    }

    private void decided(boolean done, String doneKey, Nominee nominee) {
        if (done) {
            Texts.info(doneKey, nominee.getName());
            nominees = null;
            reasons.remove(nominee.getId());
            juryVotes.remove(nominee.getId());
        }
    }

    public List<NomineeSource> getSources() {
        return List.of(NomineeSource.UNIT, NomineeSource.GOOD_PEOPLE);
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Map<Long, Integer> getJuryVotes() {
        return juryVotes;
    }

    public NomineeSource getSource() {
        return source;
    }

    public void setSource(NomineeSource source) {
        this.source = source;
    }

    public Long getEntryId() {
        return entryId;
    }

    public void setEntryId(Long entryId) {
        this.entryId = entryId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getUnitName() {
        return unitName;
    }

    public void setUnitName(String unitName) {
        this.unitName = unitName;
    }

    public List<String> getPhotos() {
        return photos;
    }

    /** The 好人榜 entry's photos, as its page's script filled them in (keys separated by spaces). */
    public String getPhotoKeys() {
        return String.join(" ", photos);
    }

    public void setPhotoKeys(String keys) {
        photos = new ArrayList<>(keys == null || keys.isBlank() ? List.of() : List.of(keys.strip().split("\\s+")));
    }
}
