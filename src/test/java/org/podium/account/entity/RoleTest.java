package org.podium.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.platform.RoleNames;

/** The roles of @RolesAllowed and of web.xml are the enum's names: one list, spelled once. */
class RoleTest {

    @Test
    void theNamesForRolesAllowedAreTheEnumsNames() {
        assertEquals(
                List.of(Role.ADMIN.name(), Role.CLERK.name(), Role.COUNCIL.name(), Role.RESIDENT.name()),
                List.of(RoleNames.ADMIN, RoleNames.CLERK, RoleNames.COUNCIL, RoleNames.RESIDENT));
        assertEquals(4, Role.values().length, "a new role needs its name in RoleNames");
    }
}
