package city.civility.portal.campaigns.web;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.campaigns.Objection;
import city.civility.portal.campaigns.Objections;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.moderation.SensitiveWords;
import city.civility.portal.platform.web.FacesResponses;
import city.civility.portal.platform.web.PagedModel;

/**
 * {@code /admin/campaign-objections.xhtml}: objections to candidates, those waiting for an answer
 * first; {@code ?id=} one of them, with what to look at twice marked, answered upheld or not.
 */
@Named
@ViewScoped
public class ObjectionsView implements Serializable {

    @Inject
    transient Objections objections;

    @Inject
    transient SensitiveWords words;

    private Long id;
    /** Read once a request; the view keeps the id only. */
    private transient Objection selected;
    private String answer;
    private boolean upheld;

    private final PagedModel<Objection> list = new PagedModel<>((first, size, order) -> objections.list(first, size),
            () -> objections.count(), Objection::getId);

    /** The objection of {@code ?id=}, if one is named; 404 for an unknown one. */
    public void load() throws IOException {
        if (id != null && getSelected() == null) {
            FacesResponses.notFound();
        }
    }

    public void submit() {
        if (Texts.attempt(() -> objections.answer(id, answer, upheld))) {
            Texts.info("campaigns.objections.answeredInfo", getSelected().getTrackingNumber());
            selected = null;
            answer = null;
        }
    }

    public Objection getSelected() {
        if (selected == null && id != null) {
            selected = objections.find(id).orElse(null);
        }
        return selected;
    }

    /** The grounds as escaped HTML with what to look at twice marked. */
    public String highlighted(String text) {
        return words.highlighted(text);
    }

    public PagedModel<Objection> getList() {
        return list;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public boolean isUpheld() {
        return upheld;
    }

    public void setUpheld(boolean upheld) {
        this.upheld = upheld;
    }
}
