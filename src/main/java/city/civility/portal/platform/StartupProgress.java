package city.civility.portal.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How far the start has come, for the readiness checks: the schema migrated, the start-up work
 * done or failed. The start-up singletons ({@link Migrations}, {@link StartupWork}) report here
 * and the checks read it, never the singletons themselves: /health/ready is asked while the
 * portal still deploys, and a singleton asked then was created out of turn on the request's
 * thread, where its start failed for good ("un-sync state of the container") and the portal
 * never became ready.
 */
@ApplicationScoped
public class StartupProgress {

    private volatile boolean migrated;
    private volatile boolean workDone;
    private volatile boolean workFailed;

    public boolean isMigrated() {
        return migrated;
    }

    public boolean isWorkDone() {
        return workDone;
    }

    /** A feature's start-up work failed (the log says how): the portal then never reports ready. */
    public boolean hasWorkFailed() {
        return workFailed;
    }

    public void markMigrated() {
        migrated = true;
    }

    public void markWorkDone() {
        workDone = true;
    }

    public void markWorkFailed() {
        workFailed = true;
    }
}
