package org.podium.platform;

/**
 * The security roles' names, for {@code @RolesAllowed} in every layer ({@code platform} included, which sits below
 * the account feature and its {@code Role}). {@code account.entity.Role} is the same list as an enum.
 */
public final class RoleNames {

    public static final String ADMIN = "ADMIN";
    public static final String CLERK = "CLERK";
    public static final String COUNCIL = "COUNCIL";
    public static final String RESIDENT = "RESIDENT";

    private RoleNames() {}
}
