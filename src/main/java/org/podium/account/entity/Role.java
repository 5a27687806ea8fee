package org.podium.account.entity;

/** What an account may do. Names are the security roles of web.xml and of @RolesAllowed. */
public enum Role {
    ADMIN,
    CLERK,
    COUNCIL,
    RESIDENT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String CLERK_NAME = "CLERK";
    public static final String COUNCIL_NAME = "COUNCIL";
    public static final String RESIDENT_NAME = "RESIDENT";

    public boolean isStaff() {
        return this != RESIDENT;
    }
}
