package city.civility.portal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import city.civility.portal.platform.Conditions;
import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.SortBy;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.audit.AuditLog;

/**
 * The media library: takes uploads (type sniffed from content, size capped, pictures
 * re-encoded and thumbnailed), stores them under generated names, and finds them
 * again by key. It is the only code that touches the media directory.
 */
@Stateless
public class MediaService {

    /** The columns the media library's list can be sorted by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "originalName", "m.originalName", "sizeBytes", "m.sizeBytes", "uploadedAt", "m.uploadedAt");

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Who uploaded a resident's picture, in the library and the audit log: never the resident's name. */
    public static final String RESIDENT = "resident";

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    @ConfigProperty(name = "portal.media.dir")
    String mediaDir;

    @Inject
    @ConfigProperty(name = "portal.media.max-image-mb")
    int maxImageMb;

    @Inject
    @ConfigProperty(name = "portal.media.max-document-mb")
    int maxDocumentMb;

    /**
     * Stores an upload. Refuses (with a reason the uploader can act on) anything that is
     * not really a picture or document of an accepted kind, or is too large; stores nothing then.
     */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public MediaFile upload(String originalName, InputStream content) {
        return store(originalName, content, security.getCallerPrincipal().getName(), false).file();
    }

    /** As {@link #upload}, for a place that shows a picture (cover, banner, the text): anything else is refused, and not stored. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public MediaFile uploadPicture(String originalName, InputStream content) {
        return store(originalName, content, security.getCallerPrincipal().getName(), true).file();
    }

    /**
     * A picture a resident sends with a public form (a nomination's photos), stored as the
     * office's uploads are: sniffed, re-encoded (which leaves EXIF and anything hidden behind),
     * under a generated key; with where the upload said it was taken, which is kept nowhere.
     * The caller has checked the form's token and limits first.
     */
    @PermitAll
    public ResidentPicture uploadResidentPicture(String displayName, InputStream content) {
        Kept kept = store(displayName, content, RESIDENT, true);
        return new ResidentPicture(kept.file(), kept.takenAt());
    }

    /** Stores a file the portal itself brings in (demo content, imports), as the given user. */
    @PermitAll
    public MediaFile importFile(String originalName, InputStream content, String actor) {
        return store(originalName, content, actor, false).file();
    }

    /**
     * A copy of a stored picture with these regions made unrecognisable for good (faces, plates),
     * under a new key and name, for publication; the original stays as it was, unpublished.
     */
    @RolesAllowed({StaffRoles.CASE_OFFICER, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public MediaFile blurredCopy(String key, List<Region> regions, String displayName) {
        MediaFile original = find(key).filter(m -> m.getType().isImage()).orElseThrow(() -> new RuleViolation("media.notPicture"));
        return storing(written -> {
            String copyKey = newKey();
            Path file = writing(pathOf(copyKey), written);
            Pictures.Stored stored = Pictures.store(Pictures.blurred(Pictures.read(pathOf(original.getKey())), regions), file,
                    writing(thumbnailPathOf(copyKey), written));
            String name = displayName(displayName);
            MediaFile copy = new MediaFile(copyKey, stored.type(), name, Files.size(file), stored.width(), stored.height(),
                    security.getCallerPrincipal().getName(), clock.now());
            em.persist(copy);
            em.flush();
            audit.record("media.blurred-copy", "MediaFile", copyKey, "audit.detail.fileName", name);
            return copy;
        });
    }

    /**
     * A file the office keeps as it was delivered, for reuse in print and on screens (an ad's
     * original picture, film or sound): a print shop needs the producer's bytes, not a re-encoding.
     * Sniffed, refused when not of the {@code kinds} asked for or over {@code maxBytes}, read as it
     * arrives (never whole in memory) and stored under a generated name; a picture is measured from
     * its header and gets a thumbnail from a reduced decoding. Nothing is kept when it is refused.
     * The caller has checked who may ({@code actor}: the editor, or the demo).
     */
    @PermitAll
    public MediaFile uploadOriginal(String originalName, InputStream content, Set<FileType.Kind> kinds, long maxBytes, String actor) {
        String name = displayName(originalName);
        return storing(written -> received(content, maxBytes, (upload, size) -> {
            FileType type = FileType.sniff(upload).filter(t -> kinds.contains(t.kind()))
                    .orElseThrow(() -> new RuleViolation(notOfKinds(kinds)));
            String key = newKey();
            Integer width = null;
            Integer height = null;
            if (type.isImage()) {
                Pictures.Size measured = Pictures.measure(upload, Pictures.MAX_ORIGINAL_PIXELS);
                width = measured.width();
                height = measured.height();
                Pictures.thumbnail(upload, writing(thumbnailPathOf(key), written));
            }
            Files.move(upload, writing(pathOf(key), written), StandardCopyOption.ATOMIC_MOVE);
            MediaFile media = new MediaFile(key, type, name, size, width, height, actor, clock.now());
            em.persist(media);
            em.flush();
            audit.recordAs(actor, "media.uploaded", "MediaFile", key, "audit.detail.fileName", name);
            return media;
        }));
    }

    /** "media.notOf.VIDEO", "media.notOf.PICTURE_VIDEO": what was asked for, in the bundle's words. */
    private static String notOfKinds(Set<FileType.Kind> kinds) {
        return "media.notOf." + kinds.stream().sorted().map(Enum::name).collect(Collectors.joining("_"));
    }

    /**
     * Web copies of a stored picture, one at most as wide as each of {@code widths}, each a file
     * of its own: an ad's large and small views made from its print original, which may be far
     * too big to show. The caller has checked who may ({@code actor}).
     */
    @PermitAll
    public List<MediaFile> renditions(MediaFile picture, List<Integer> widths, String displayName, String actor) {
        if (!picture.getType().isImage()) {
            throw new RuleViolation("media.notPicture");
        }
        return storing(written -> {
            List<String> keys = widths.stream().map(w -> newKey()).toList();
            List<Path> files = new ArrayList<>();
            List<Path> thumbnails = new ArrayList<>();
            for (String key : keys) {
                files.add(writing(pathOf(key), written));
                thumbnails.add(writing(thumbnailPathOf(key), written));
            }
            List<Pictures.Stored> stored = Pictures.renditions(pathOf(picture.getKey()), widths, files, thumbnails);
            String name = displayName(displayName);
            List<MediaFile> copies = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                MediaFile copy = new MediaFile(keys.get(i), stored.get(i).type(), name, Files.size(files.get(i)), stored.get(i).width(),
                        stored.get(i).height(), actor, clock.now());
                em.persist(copy);
                copies.add(copy);
            }
            em.flush();
            return copies;
        });
    }

    /** A stored file and, for a picture, where its upload said it was taken. */
    private record Kept(MediaFile file, Optional<PictureLocation> takenAt) {
    }

    private Kept store(String originalName, InputStream content, String actor, boolean picturesOnly) {
        String name = displayName(originalName);
        return storing(written -> received(content, Math.max(maxImageMb, maxDocumentMb) * 1024L * 1024L, (upload, uploadedSize) -> {
            FileType type = FileType.sniff(upload).filter(t -> t.kind() == FileType.Kind.PICTURE || t.kind() == FileType.Kind.DOCUMENT)
                    .orElseThrow(() -> new RuleViolation("media.unsupportedType"));
            if (picturesOnly && !type.isImage()) {
                throw new RuleViolation("media.notPicture");
            }
            long limit = (type.isImage() ? maxImageMb : maxDocumentMb) * 1024L * 1024L;
            if (uploadedSize > limit) {
                throw new RuleViolation("media.tooLarge", limit / 1024 / 1024);
            }
            String key = newKey();
            Path file = writing(pathOf(key), written);
            long size = uploadedSize;
            Integer width = null;
            Integer height = null;
            Optional<PictureLocation> takenAt = type.isImage() ? PictureLocation.of(upload) : Optional.empty();
            if (type.isImage()) {
                Pictures.Stored stored = Pictures.reencode(upload, type, file, writing(thumbnailPathOf(key), written));
                type = stored.type();
                width = stored.width();
                height = stored.height();
                size = Files.size(file);
            } else {
                Files.move(upload, file, StandardCopyOption.ATOMIC_MOVE);
            }
            MediaFile media = new MediaFile(key, type, name, size, width, height, actor, clock.now());
            em.persist(media);
            em.flush();
            audit.recordAs(actor, "media.uploaded", "MediaFile", key, "audit.detail.fileName", name);
            return new Kept(media, takenAt);
        }));
    }

    /** Work that writes files into the media folder, each noted in {@code written} ({@link #writing}) before it is written. */
    private interface Storing<T> {
        T store(List<Path> written) throws IOException;
    }

    /**
     * Does {@code storing}: the files it wrote are deleted again if it fails, or if the transaction
     * it joined rolls back later (a rule of the caller refused the form): no row names them then.
     */
    private <T> T storing(Storing<T> storing) {
        List<Path> written = new ArrayList<>();
        try {
            T stored = storing.store(written);
            removeIfRolledBack(written);
            return stored;
        } catch (IOException e) {
            written.forEach(MediaService::deleteQuietly);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            written.forEach(MediaService::deleteQuietly);
            throw e;
        }
    }

    /** Notes that this file is about to be written (its folder made), and gives it back. */
    private static Path writing(Path file, List<Path> written) throws IOException {
        Files.createDirectories(file.getParent());
        written.add(file);
        return file;
    }

    /** What is done with an upload once it is on disk, as a temporary file of {@code size} bytes. */
    private interface Receiving<T> {
        T with(Path upload, long size) throws IOException;
    }

    /** Copies the upload (at most {@code max} bytes; one more is a refusal) to a temporary file for {@code receiving}, and deletes it after. */
    private <T> T received(InputStream content, long max, Receiving<T> receiving) throws IOException {
        Path upload = Files.createTempFile(Files.createDirectories(Path.of(mediaDir)), "upload-", ".part");
        try {
            return receiving.with(upload, copyAtMost(content, upload, max));
        } finally {
            deleteQuietly(upload);
        }
    }

    /**
     * The bytes are written before the transaction ends: when it rolls back (a later rule of
     * the caller refused the form) no row names them, so they go too.
     */
    private void removeIfRolledBack(List<Path> files) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    files.forEach(MediaService::deleteQuietly);
                }
            }
        });
    }

    /** The upload limits, in megabytes. */
    public record Limits(int maxImageMb, int maxDocumentMb) {
    }

    @PermitAll
    public Limits limits() {
        return new Limits(maxImageMb, maxDocumentMb);
    }

    @PermitAll
    public Optional<MediaFile> find(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM MediaFile m WHERE m.key = :key", MediaFile.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    /** Where the bytes of this file are: always a generated name under the media directory. */
    @PermitAll
    public Path contentOf(MediaFile media, boolean thumbnail) {
        return thumbnail ? thumbnailPathOf(media.getKey()) : pathOf(media.getKey());
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<MediaFile> list(SortBy sort, int first, int size) {
        return em.createQuery("SELECT m FROM MediaFile m" + sort.orderBy(SORTABLE, "m.uploadedAt DESC, m.id DESC", "m.id DESC"), MediaFile.class)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    /** Up to {@code max} files whose original name contains {@code part}, newest first. */
    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public List<MediaFile> named(String part, int max) {
        return new Conditions().and("LOWER(m.originalName) LIKE :name", "name", Conditions.containing(part))
                .query(em, MediaFile.class, "SELECT m FROM MediaFile m", " ORDER BY m.uploadedAt DESC, m.id DESC")
                .setMaxResults(max).getResultList();
    }

    @RolesAllowed({StaffRoles.EDITOR, StaffRoles.REVIEWER, StaffRoles.ADMIN})
    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM MediaFile m", Long.class).getSingleResult();
    }

    private Path pathOf(String key) {
        return Path.of(mediaDir, key.substring(0, 2), key);
    }

    private Path thumbnailPathOf(String key) {
        return Path.of(mediaDir, key.substring(0, 2), key + "-thumb");
    }

    private static String newKey() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Copies at most {@code max} bytes; one more is a refusal, and the copy stops there. */
    private static long copyAtMost(InputStream in, Path target, long max) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) {
                    throw new RuleViolation("media.tooLarge", max / 1024 / 1024);
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new RuleViolation("media.empty");
        }
        return total;
    }

    /** The uploaded name without any directory part or control characters, for showing and downloading. */
    static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "file" : name;
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a leftover temporary file; nothing refers to it
            }
        }
    }
}
