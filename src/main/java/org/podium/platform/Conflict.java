package org.podium.platform;

import jakarta.persistence.OptimisticLockException;

/**
 * Two requests changed the same row at once and this one lost (its version was stale): the caller is told 409 and
 * may try again. Recognised however deep the container wrapped it (at commit it arrives inside a rollback).
 */
public final class Conflict {

    private Conflict() {}

    public static boolean explains(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // EclipseLink's own exception (not on the API's class path) at flush, JPA's at commit
            if (t instanceof OptimisticLockException
                    || t.getClass().getName().equals("org.eclipse.persistence.exceptions.OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
