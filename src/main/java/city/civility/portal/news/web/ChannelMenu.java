package city.civility.portal.news.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.news.Channel;
import city.civility.portal.news.PublicNews;

/** The channels in the public navigation ({@code #{channelMenu.channels}}). */
@Named
@RequestScoped
public class ChannelMenu {

    @Inject
    PublicNews news;

    private List<Channel> channels;

    public List<Channel> getChannels() {
        if (channels == null) {
            channels = news.channels();
        }
        return channels;
    }
}
