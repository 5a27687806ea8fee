package org.podium.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Role;
import org.podium.platform.Banner;
import org.podium.platform.Hashes;
import org.podium.platform.PodiumConfig;

/**
 * There is no default password. At start-up, when no administrator exists: PODIUM_ADMIN_EMAIL and
 * PODIUM_ADMIN_PASSWORD create one; otherwise a one-time setup token is printed to the log, and whoever can read the
 * log opens /setup.xhtml with it to create the first administrator. The token is kept (hashed) in the database, so it
 * works on every instance of a cluster; each start-up without an administrator prints a new one, which replaces the
 * one before. The token dies with the first administrator.
 */
@Startup
@Singleton
@DependsOn("Database")
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    @PostConstruct
    void init() {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
            accounts.createFirstAdmin(new AccountData(
                    "Administrator",
                    config.adminEmail().get(),
                    config.adminPassword().get(),
                    EnumSet.of(Role.ADMIN)));
            LOG.info("The first administrator was created from PODIUM_ADMIN_EMAIL");
            return;
        }
        if (config.demoMode()) {
            return; // the demo data brings its own administrator
        }
        String setupToken = Tokens.newToken();
        accounts.newSetupToken(Hashes.sha256(setupToken));
        Banner.print(List.of(
                "No administrator exists yet. To create the first one, open",
                "  http://localhost:" + Banner.port() + "/setup.xhtml",
                "and give this one-time setup token: " + setupToken,
                "(it replaces any token printed before, on every instance)",
                "(or set PODIUM_ADMIN_EMAIL and PODIUM_ADMIN_PASSWORD and restart)"));
    }

    public boolean setupOpen() {
        return accounts.setupOpen();
    }

    /** Creates the first administrator if the token is the one printed last at start-up (on any instance). */
    public void setup(String token, AccountData data) {
        accounts.createFirstAdminWithToken(token, data);
        LOG.info("The first administrator was created with the setup token");
    }
}
