package city.civility.portal.feedback;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.civility.portal.platform.i18n.Names;

/** A kind of problem, with the department that answers it and the working days it has to (V19 seeds the usual eight). */
@Entity
@Table(name = "feedback_category")
public class FeedbackCategory {

    @Id
    private String code;

    @Embedded
    private Names names;

    @Column(nullable = false)
    private String department;

    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active;

    protected FeedbackCategory() {
    }

    /** A category as the office sets one up (V19 seeds the usual eight). */
    FeedbackCategory(String code, String name, String department, int deadlineDays) {
        this.code = code;
        this.names = new Names(name);
        this.department = department;
        this.deadlineDays = deadlineDays;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    /** The category's name in {@code language} (Simplified Chinese, Traditional Chinese or English). */
    public String name(Locale language) {
        return names.in(language);
    }

    public String getDepartment() {
        return department;
    }

    public int getDeadlineDays() {
        return deadlineDays;
    }

    public boolean isActive() {
        return active;
    }
}
