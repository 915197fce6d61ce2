package city.civility.portal.goodpeople.web;

import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.Board;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.PublicEntry;
import city.civility.portal.platform.PortalClock;

/** {@code /goodpeople/board/{yyyy-MM}}: a month's 好人榜, under public notice for a week after it is published. */
@Named
@RequestScoped
public class BoardPage {

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    PortalClock clock;

    private Board board;
    private List<PublicEntry> entries;

    @PostConstruct
    void load() {
        board = (Board) FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(GoodPeopleRoutes.BOARD);
        entries = board == null ? List.of() : goodPeople.onBoard(YearMonth.parse(board.getRoundMonth()));
    }

    public Board getBoard() {
        return board;
    }

    public List<PublicEntry> getEntries() {
        return entries;
    }

    public boolean isUnderNotice() {
        return board != null && board.isUnderNotice(clock.now());
    }
}
