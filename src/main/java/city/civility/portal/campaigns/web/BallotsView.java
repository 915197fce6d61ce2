package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.BallotReview;
import city.civility.portal.campaigns.Campaign;
import city.civility.portal.campaigns.Tallies;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.FacesResponses;

/**
 * {@code /admin/ballots.xhtml?campaign=}: a campaign's set-aside ballots in groups, each counted
 * or voided with a reason, one ballot by its receipt number, and every ballot exported for
 * the audit (CSV, Excel).
 */
@Named
@ViewScoped
public class BallotsView implements Serializable {

    @Inject
    transient BallotReview review;

    private String slug;
    private Long campaignId;
    private String title;
    private String reason;
    private String number;

    /** The campaign of {@code ?campaign=}; the first (newest) when none is named; 404 for an unknown one. */
    public void load() throws IOException {
        List<Campaign> all = review.campaigns();
        Campaign campaign = slug == null || slug.isBlank() ? all.stream().findFirst().orElse(null) : review.campaign(slug).orElse(null);
        if (campaign == null && slug != null && !slug.isBlank()) {
            FacesResponses.notFound();
            return;
        }
        if (campaign != null) {
            campaignId = campaign.getId();
            slug = campaign.getSlug();
            title = campaign.getTitle();
        }
    }

    public List<Campaign> getCampaigns() {
        return review.campaigns();
    }

    public List<BallotReview.Group> getGroups() {
        return campaignId == null ? List.of() : review.groups(campaignId);
    }

    public Tallies.Counts getCounts() {
        return campaignId == null ? null : review.counts(campaignId);
    }

    /** Counts or voids a group, with the reason typed; says how many were decided. */
    public void decide(BallotReview.Group group, boolean count) {
        Integer decided = Texts.attempt(() -> review.decideGroup(campaignId, group.signals(), group.subnet(), count, reason));
        if (decided != null) {
            Texts.info(count ? "campaigns.review.groupCounted" : "campaigns.review.groupVoided", String.valueOf(decided), group.subnet());
            reason = null;
        }
    }

    /** Counts or voids the ballot of the receipt number typed. */
    public void decideOne(boolean count) {
        if (Texts.attempt(() -> review.decideOne(campaignId, number, count, reason))) {
            Texts.info(count ? "campaigns.review.ballotCounted" : "campaigns.review.ballotVoided", number);
            reason = null;
            number = null;
        }
    }

    /** Every ballot as CSV (UTF-8 with a byte-order mark, which Excel needs to read Chinese). */
    public void downloadCsv() throws IOException {
        send("text/csv; charset=UTF-8", ".csv", out -> BallotsExport.csv(review, campaignId, language(), out));
    }

    /** Every ballot as an Excel workbook, written as it is read. */
    public void downloadWorkbook() throws IOException {
        send("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx",
                out -> BallotsExport.workbook(review, campaignId, language(), out));
    }

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private void send(String type, String extension, Writer writer) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(type);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"ballots-" + slug + extension + "\"");
        writer.write(external.getResponseOutputStream());
        faces.responseComplete();
    }

    private static Locale language() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public boolean isChosen() {
        return campaignId != null;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
