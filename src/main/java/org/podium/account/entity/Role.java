package org.podium.account.entity;

import org.podium.platform.RoleNames;

/** What an account may do. Names are the security roles of web.xml and of @RolesAllowed. */
public enum Role {
    ADMIN,
    CLERK,
    COUNCIL,
    RESIDENT;

    public static final String ADMIN_NAME = RoleNames.ADMIN;
    public static final String CLERK_NAME = RoleNames.CLERK;
    public static final String COUNCIL_NAME = RoleNames.COUNCIL;
    public static final String RESIDENT_NAME = RoleNames.RESIDENT;

    public boolean isStaff() {
        return this != RESIDENT;
    }
}
