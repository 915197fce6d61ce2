package city.civility.portal.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on this machine, started once for all tests: the portal
 * under test sends its e-mail here (PortalServer), and tests read what a resident received.
 */
public final class TestMailbox {

    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static GreenMail server;

    private TestMailbox() {
    }

    public static synchronized int port() {
        if (server == null) {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-mailbox-stop"));
        }
        return server.getSmtp().getPort();
    }

    /** The messages delivered to this address so far, oldest first. */
    public static List<MimeMessage> messagesTo(String address) {
        port();
        return Arrays.stream(server.getReceivedMessages()).filter(m -> isTo(m, address)).toList();
    }

    /** The code in the newest message to this address that arrives after {@code count} messages, waiting up to 10 s. */
    public static String awaitCode(String address, int count) {
        PrivateValues.contact(address);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> messages = messagesTo(address);
            if (messages.size() > count) {
                String body = text(messages.get(messages.size() - 1));
                Matcher code = CODE.matcher(body);
                if (!code.find()) {
                    throw new AssertionError("no code in: " + body);
                }
                return code.group(1);
            }
            server.waitForIncomingEmail(500, count + 1);
        }
        throw new AssertionError("no message to " + address + " within 10 s");
    }

    /** A message's text, decoded. */
    public static String text(MimeMessage message) {
        try {
            return message.getSubject() + "\n" + message.getContent();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
