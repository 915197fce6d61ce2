package city.civility.portal.platform.audit.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import city.civility.portal.platform.audit.AuditEntry;
import city.civility.portal.platform.audit.AuditLog;
import city.civility.portal.platform.web.PagedModel;

/** The audit log page: newest first, filtered by user and by date. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    @Inject
    transient AuditLog auditLog;

    private String actor;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<AuditEntry> entries = new PagedModel<>(
            (first, size, order) -> auditLog.find(filter(), order, first, size), () -> auditLog.count(filter()), AuditEntry::getId);

    private AuditLog.Filter filter() {
        return new AuditLog.Filter(actor, from, to);
    }

    public PagedModel<AuditEntry> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
