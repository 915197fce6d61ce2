package city.civility.portal.goodpeople.web;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.goodpeople.GoodPeopleService;
import city.civility.portal.goodpeople.PublicEntry;

/** The home page's 身边好人 block: a few good people of this month, and the way to the round and the form. */
@Named
@RequestScoped
public class GoodPeopleHomeBlock {

    /** One row of cards on a wide screen. */
    static final int SHOWN = 4;

    @Inject
    GoodPeopleService goodPeople;

    private List<PublicEntry> entries;

    @PostConstruct
    void load() {
        entries = goodPeople.spotlight(SHOWN);
    }

    public List<PublicEntry> getEntries() {
        return entries;
    }
}
