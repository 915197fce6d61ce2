package city.civility.portal.platform.publicsite;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The features' blocks in a slot of the public pages ({@code #{pageBlocks.in('HOME')}}), in order:
 * asked once per slot and request, since the template asks both whether a slot has any and what they are.
 */
@Named
@RequestScoped
public class PageBlocks {

    @Inject
    Instance<PublicContribution> contributions;

    private final Map<PublicContribution.Slot, List<PublicContribution.PageBlock>> asked =
            new EnumMap<>(PublicContribution.Slot.class);

    public List<PublicContribution.PageBlock> in(String slot) {
        return asked.computeIfAbsent(PublicContribution.Slot.valueOf(slot), s -> contributions.stream()
                .flatMap(c -> c.blocks().stream()).filter(b -> b.slot() == s)
                .sorted(Comparator.comparingInt(PublicContribution.PageBlock::order)).toList());
    }
}
