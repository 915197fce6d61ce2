package city.civility.portal.platform.publicsite;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The features' blocks on the home page ({@code #{homeBlocks.all}}), in order. */
@Named
@ApplicationScoped
public class HomeBlocks {

    @Inject
    Instance<PublicContribution> contributions;

    public List<PublicContribution.HomeBlock> getAll() {
        return contributions.stream().flatMap(c -> c.homeBlocks().stream())
                .sorted(Comparator.comparingInt(PublicContribution.HomeBlock::order)).toList();
    }
}
