package city.civility.portal.feedback;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import city.civility.portal.platform.i18n.Languages;

/** A kind of problem, with the department that answers it and the working days it has to (V19 seeds the usual eight). */
@Entity
@Table(name = "feedback_category")
public class FeedbackCategory {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_zh_tw", nullable = false)
    private String nameZhTw;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

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
        this.nameZh = name;
        this.nameZhTw = name;
        this.nameEn = name;
        this.department = department;
        this.deadlineDays = deadlineDays;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    /** The category's name in {@code language} (Simplified Chinese, Traditional Chinese or English). */
    public String name(Locale language) {
        if (Languages.TRADITIONAL.equals(language)) {
            return nameZhTw;
        }
        return "en".equals(language.getLanguage()) ? nameEn : nameZh;
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
