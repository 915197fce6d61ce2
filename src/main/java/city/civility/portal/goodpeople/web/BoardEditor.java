package city.civility.portal.goodpeople.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.GoodPerson;
import city.civility.portal.goodpeople.Rounds;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.i18n.Texts;

/** {@code /admin/goodpeople-board.xhtml}: a round's candidates with their likes, from which the office publishes its 好人榜. */
@Named
@ViewScoped
public class BoardEditor implements Serializable {

    @Inject
    transient GoodPeopleService goodPeople;

    @Inject
    transient Rounds rounds;

    @Inject
    transient PortalClock clock;

    private String month;
    private List<GoodPerson> candidates = List.of();
    private List<GoodPerson> chosen = new ArrayList<>();

    /** Starts at the round whose likes ended last: the one whose 好人榜 is due. */
    @PostConstruct
    void start() {
        YearMonth current = rounds.current(clock.now());
        month = (rounds.isOver(current, clock.now()) ? current : current.minusMonths(1)).toString();
        read();
    }

    public void read() {
        try {
            candidates = goodPeople.roundForBoard(YearMonth.parse(month));
            chosen = new ArrayList<>();
        } catch (DateTimeParseException e) {
            Texts.error("goodpeople.api.query");
        }
    }

    public void publish() {
        try {
            YearMonth round = YearMonth.parse(month);
            if (Texts.attempt(() -> goodPeople.publishBoard(round, chosen.stream().map(GoodPerson::getId).toList())) != null) {
                Texts.info("goodpeople.board.done");
                read();
            }
        } catch (DateTimeParseException e) {
            Texts.error("goodpeople.api.query");
        }
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public List<GoodPerson> getCandidates() {
        return candidates;
    }

    public List<GoodPerson> getChosen() {
        return chosen;
    }

    public void setChosen(List<GoodPerson> chosen) {
        this.chosen = chosen;
    }
}
