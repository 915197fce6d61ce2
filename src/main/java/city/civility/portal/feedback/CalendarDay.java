package city.civility.portal.feedback;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that breaks the week's rule: a public holiday on a weekday, or a weekend day worked instead (调休). */
@Entity
@Table(name = "feedback_calendar_day")
public class CalendarDay {

    static final int MAX_NAME = 40;
    private static final String HOLIDAY = "HOLIDAY";
    private static final String WORKDAY = "WORKDAY";

    @Id
    @Column(name = "calendar_date")
    private LocalDate day;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, boolean holiday, String name) {
        this.day = day;
        this.kind = holiday ? HOLIDAY : WORKDAY;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isHoliday() {
        return HOLIDAY.equals(kind);
    }

    public String getName() {
        return name;
    }
}
