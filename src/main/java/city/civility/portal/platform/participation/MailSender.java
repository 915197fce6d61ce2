package city.civility.portal.platform.participation;

import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends e-mail through the office's SMTP server (PORTAL_MAIL_*); without PORTAL_MAIL_HOST, e-mail is off. */
@ApplicationScoped
public class MailSender {

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "noreply@localhost")
    String from;

    /** STARTTLS, required when on: the codes must not cross the network in clear. */
    @Inject
    @ConfigProperty(name = "portal.mail.starttls", defaultValue = "true")
    boolean starttls;

    /** Made at the first message, not at start-up: Jakarta Mail's providers take a moment to load. */
    private volatile Session session;

    private Session session() {
        if (session == null) {
            session = connect();
        }
        return session;
    }

    private Session connect() {
        Properties settings = new Properties();
        settings.put("mail.smtp.host", host.orElse("localhost"));
        settings.put("mail.smtp.port", String.valueOf(port));
        settings.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        settings.put("mail.smtp.starttls.required", String.valueOf(starttls));
        settings.put("mail.smtp.connectiontimeout", "10000");
        settings.put("mail.smtp.timeout", "10000");
        settings.put("mail.smtp.writetimeout", "10000");
        settings.put("mail.smtp.auth", String.valueOf(user.isPresent()));
        return Session.getInstance(settings, user.isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }

    public boolean isConfigured() {
        return host.isPresent() && !host.get().isBlank();
    }

    public void send(String to, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}
