package city.civility.portal.platform.publicsite;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import city.civility.portal.platform.publicsite.PublicContribution.MenuEntry;

class MenuEntryTest {

    @Test
    void anEntryIsCurrentAtItsAddressAndBelowButNotAtALongerName() {
        MenuEntry channel = new MenuEntry("/channel/news", "新闻动态");
        assertTrue(channel.isCurrent("/channel/news"));
        assertTrue(channel.isCurrent("/channel/news/2"));
        assertFalse(channel.isCurrent("/channel/newsletter"), "a channel whose address begins the same is another page");
        assertFalse(channel.isCurrent("/"));
        assertFalse(channel.isCurrent(null), "an error page has no address of its own");
    }

    @Test
    void anEntryMayBeCurrentAtOtherAddressesToo() {
        MenuEntry topics = new MenuEntry("/topics", "专题", Pattern.compile("/topics|/topic/.*"));
        assertTrue(topics.isCurrent("/topic/civility-2026"));
        assertFalse(topics.isCurrent("/topicsx"));
    }
}
