package city.civility.portal.feedback.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.feedback.CalendarDay;
import city.civility.portal.feedback.WorkCalendar;
import city.civility.portal.platform.i18n.Texts;

/** The holiday calendar deadlines are counted with ({@code /admin/work-calendar.xhtml}): holidays and 调休 working days. */
@Named
@ViewScoped
public class WorkCalendarView implements Serializable {

    @Inject
    transient WorkCalendar calendar;

    private LocalDate day;
    private boolean holiday = true;
    private String name;
    private List<CalendarDay> days;

    public List<CalendarDay> getDays() {
        if (days == null) {
            days = calendar.days();
        }
        return days;
    }

    public void mark() {
        if (Texts.attempt(() -> calendar.mark(day, holiday, name))) {
            Texts.info("feedback.calendar.marked");
            days = null;
            day = null;
            name = null;
        }
    }

    public void unmark(LocalDate which) {
        calendar.unmark(which);
        Texts.info("feedback.calendar.unmarked");
        days = null;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public boolean isHoliday() {
        return holiday;
    }

    public void setHoliday(boolean holiday) {
        this.holiday = holiday;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
