package city.civility.portal.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import city.civility.portal.testing.TestFiles;

class PictureLocationTest {

    @Test
    void aPhonesPhotoSaysWhereItWasTaken() throws Exception {
        PictureLocation at = PictureLocation.of(TestFiles.jpegTakenAt("located.jpg")).orElseThrow();
        assertEquals(TestFiles.PHOTO_LATITUDE, at.latitude(), 1e-5);
        assertEquals(TestFiles.PHOTO_LONGITUDE, at.longitude(), 1e-5);
    }

    @Test
    void theRedrawnCopySaysNothingAndAPictureWithoutExifHasNoPlace() throws Exception {
        Path upload = TestFiles.jpegTakenAt("to-redraw.jpg");
        Path copy = Files.createTempFile("redrawn-", ".jpg");
        Path thumbnail = Files.createTempFile("thumbnail-", ".jpg");
        try {
            Pictures.reencode(upload, FileType.JPEG, copy, thumbnail);
            assertTrue(PictureLocation.of(copy).isEmpty(), "re-encoding leaves the position behind");
            assertTrue(PictureLocation.of(TestFiles.png("plain.png", 40, 30)).isEmpty());
        } finally {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(thumbnail);
        }
    }

    @Test
    void whatIsNoPictureAtAllHasNoPlaceEither() throws Exception {
        Path text = Files.createTempFile("not-a-picture-", ".jpg");
        try {
            Files.writeString(text, "<html>no picture</html>");
            assertTrue(PictureLocation.of(text).isEmpty());
        } finally {
            Files.deleteIfExists(text);
        }
    }
}
