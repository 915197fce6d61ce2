package city.civility.portal.goodpeople.web;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.Board;
import city.civility.portal.goodpeople.Category;
import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.PublicEntry;
import city.civility.portal.goodpeople.Rounds;
import city.civility.portal.platform.PortalClock;

/** {@code /goodpeople}: the current round's candidates by category, and the published 好人榜 of past months. */
@Named
@RequestScoped
public class RoundPage {

    /** One category's candidates. */
    public record Group(Category category, List<PublicEntry> entries) {
    }

    @Inject
    GoodPeopleService goodPeople;

    @Inject
    Rounds rounds;

    @Inject
    PortalClock clock;

    private YearMonth round;
    private List<Group> groups;
    private List<Board> boards;
    private boolean open;

    @PostConstruct
    void load() {
        round = rounds.current(clock.now());
        open = rounds.isOpenForLikes(round, clock.now());
        List<PublicEntry> candidates = goodPeople.candidates(round);
        groups = Arrays.stream(Category.values())
                .map(c -> new Group(c, candidates.stream().filter(e -> e.category() == c).toList()))
                .filter(g -> !g.entries().isEmpty()).toList();
        boards = goodPeople.boards();
    }

    public YearMonth getRound() {
        return round;
    }

    public boolean isOpen() {
        return open;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public List<Board> getBoards() {
        return boards;
    }

    public Rounds getRounds() {
        return rounds;
    }
}
