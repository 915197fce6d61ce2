package city.civility.portal.ads;

import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import city.civility.portal.platform.publicsite.PublicContentVersion;
import city.civility.portal.platform.schedule.ScheduledWork;

/** Every minute, on one instance at a time: a new day that starts or ends a schedule moves the pages on (see {@link AdService#turnTheDay}). */
@Singleton
@Startup
@DependsOn("Migrations")
public class AdsOnAirWatch {

    static final Duration EVERY = Duration.ofMinutes(1);

    @Inject
    ScheduledWork work;

    @Inject
    AdService ads;

    @Inject
    PublicContentVersion version;

    @PostConstruct
    void start() {
        work.every("ads.on-air", EVERY, () -> ads.turnTheDay(version.current()));
    }
}
