package city.civility.portal.ads;

import java.util.Set;

import city.civility.portal.media.FileType;

/** What kind of work an ad is, and so what its original may be and how large. */
public enum AdFormat {
    /** 平面: a poster or a picture, delivered print-ready. */
    PICTURE(Set.of(FileType.Kind.PICTURE), 200),
    VIDEO(Set.of(FileType.Kind.VIDEO), 500),
    AUDIO(Set.of(FileType.Kind.AUDIO), 200),
    /** H5 or animation, delivered as a film or an animated GIF. */
    ANIMATION(Set.of(FileType.Kind.PICTURE, FileType.Kind.VIDEO), 500);

    private final Set<FileType.Kind> originalKinds;
    private final int maxOriginalMb;

    AdFormat(Set<FileType.Kind> originalKinds, int maxOriginalMb) {
        this.originalKinds = originalKinds;
        this.maxOriginalMb = maxOriginalMb;
    }

    public Set<FileType.Kind> originalKinds() {
        return originalKinds;
    }

    public int maxOriginalMb() {
        return maxOriginalMb;
    }

    public String messageKey() {
        return "ads.format." + name();
    }
}
