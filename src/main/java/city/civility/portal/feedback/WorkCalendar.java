package city.civility.portal.feedback;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import city.civility.portal.platform.RuleViolation;
import city.civility.portal.platform.StaffRoles;
import city.civility.portal.platform.TextLines;
import city.civility.portal.platform.audit.AuditLog;

/**
 * The office's holiday calendar (节假日 and 调休), from which deadlines are counted in working
 * days: read from the database each time, as an office's change must apply at once.
 */
@Stateless
@PermitAll
public class WorkCalendar {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public WorkingDays workingDays() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (CalendarDay day : days()) {
            (day.isHoliday() ? holidays : workdays).add(day.getDay());
        }
        return new WorkingDays(holidays, workdays);
    }

    public List<CalendarDay> days() {
        return em.createQuery("SELECT d FROM CalendarDay d ORDER BY d.day", CalendarDay.class).getResultList();
    }

    /** Marks a day as a holiday or as a weekend working day (调休), replacing what it was. */
    @RolesAllowed({StaffRoles.CASE_OFFICER, StaffRoles.ADMIN})
    public void mark(LocalDate day, boolean holiday, String name) {
        if (day == null) {
            throw new RuleViolation("feedback.calendar.dayMissing");
        }
        String label = TextLines.line(name);
        if (label.isEmpty() || label.length() > CalendarDay.MAX_NAME) {
            throw new RuleViolation("feedback.calendar.nameLength", String.valueOf(CalendarDay.MAX_NAME));
        }
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing != null) {
            em.remove(existing);
            em.flush();
        }
        em.persist(new CalendarDay(day, holiday, label));
        audit.record("feedback.calendar-marked", "feedback_calendar_day", day, holiday ? "audit.detail.holiday" : "audit.detail.workday", label);
    }

    @RolesAllowed({StaffRoles.CASE_OFFICER, StaffRoles.ADMIN})
    public void unmark(LocalDate day) {
        CalendarDay existing = em.find(CalendarDay.class, day);
        if (existing != null) {
            em.remove(existing);
            audit.record("feedback.calendar-unmarked", "feedback_calendar_day", day, "audit.detail.day", day.toString());
        }
    }
}
