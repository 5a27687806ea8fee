package org.podium.summary.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.podium.account.entity.Role;

/** The one-page brief of an item is for council members and staff (all wards, every figure). */
@Stateless
public class Briefs {

    @Inject
    SummaryCache cache;

    @RolesAllowed({Role.COUNCIL_NAME, Role.CLERK_NAME, Role.ADMIN_NAME})
    public ItemSummary summary(long itemId) {
        return cache.get(itemId);
    }
}
