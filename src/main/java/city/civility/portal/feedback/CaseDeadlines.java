package city.civility.portal.feedback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.PortalClock;
import city.civility.portal.platform.StaffMail;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.i18n.Languages;
import city.civility.portal.platform.i18n.Texts;
import city.civility.portal.platform.web.SiteLinks;

/**
 * Keeps deadlines from passing unnoticed: one working day before a case's deadline its officer
 * (who accepted it; the case officers while nobody has) gets a reminder by e-mail, and once it
 * has passed the administrators are told. Each is written on the case as an internal event,
 * once per deadline (a reopened case is reminded again). Run by {@link DeadlineWatch}.
 */
@Stateless
@PermitAll
public class CaseDeadlines {

    private static final Logger LOG = Logger.getLogger(CaseDeadlines.class.getName());
    /** Reminders go this many working days before the deadline. */
    static final int REMIND_WORKING_DAYS_BEFORE = 1;
    /** Cases looked at per run: a backlog is worked through over a few runs. */
    private static final int BATCH = 200;
    private static final List<CaseState> WAITING = List.of(CaseState.RECEIVED, CaseState.ACCEPTED, CaseState.IN_PROGRESS);

    @PersistenceContext
    EntityManager em;

    @Inject
    PortalClock clock;

    @Inject
    WorkCalendar calendar;

    @Inject
    StaffMail staffMail;

    @Inject
    SiteLinks links;

    /** Sends the reminders and escalations that are due; returns how many were sent. */
    public int remindAndEscalate() {
        Instant now = clock.now();
        WorkingDays workingDays = calendar.workingDays();
        // Any deadline within two weeks may have its reminder day today (holidays stretch the working days).
        List<FeedbackCase> coming = em.createQuery("SELECT c FROM FeedbackCase c WHERE c.state IN :waiting AND c.remindedAt IS NULL"
                        + " AND c.dueAt > :now AND c.dueAt < :soon ORDER BY c.dueAt", FeedbackCase.class)
                .setParameter("waiting", WAITING).setParameter("now", now).setParameter("soon", now.plus(Duration.ofDays(14)))
                .setMaxResults(BATCH).getResultList();
        int sent = 0;
        int untold = 0;
        for (FeedbackCase c : coming) {
            if (c.needsReminder(workingDays.workingDaysBefore(c.getDueDay(), REMIND_WORKING_DAYS_BEFORE), now)) {
                List<String> to = c.assignedOfficer().map(staffMail::addressOf).filter(a -> !a.isEmpty())
                        .orElseGet(() -> staffMail.addressesOf(StaffRoles.CASE_OFFICER));
                if (to.isEmpty()) {
                    untold++;
                } else if (write(to, "feedback.mail.reminder", c)) {
                    c.reminded(String.join(", ", to), now);
                    sent++;
                }
            }
        }
        List<FeedbackCase> overdue = em.createQuery("SELECT c FROM FeedbackCase c WHERE c.state IN :waiting AND c.escalatedAt IS NULL"
                        + " AND c.dueAt < :now ORDER BY c.dueAt", FeedbackCase.class)
                .setParameter("waiting", WAITING).setParameter("now", now).setMaxResults(BATCH).getResultList();
        List<String> administrators = staffMail.addressesOf(StaffRoles.ADMIN);
        for (FeedbackCase c : overdue) {
            if (administrators.isEmpty()) {
                untold++;
            } else if (c.needsEscalation(now) && write(administrators, "feedback.mail.overdue", c)) {
                c.escalated(String.join(", ", administrators), now);
                sent++;
            }
        }
        if (untold > 0) {
            int cases = untold;
            LOG.warning(() -> "event=case-deadlines-untold cases=" + cases + " (no staff e-mail address to write to; tried again next run)");
        }
        return sent;
    }

    /** The message in the office's language; false (tried again next run) when it could not be sent. */
    private boolean write(List<String> to, String key, FeedbackCase c) {
        String number = c.trackingNumber().toString();
        return staffMail.send(to, Texts.get(Languages.SIMPLIFIED, key + ".subject", number, c.getDueDay().toString()),
                Texts.get(Languages.SIMPLIFIED, key + ".text", number, c.getDueDay().toString(), c.getDepartment(),
                        links.absolute("/admin/case.xhtml?id=" + c.getId())));
    }
}
