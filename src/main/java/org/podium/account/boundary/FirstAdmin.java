package org.podium.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.podium.account.control.Tokens;
import org.podium.account.entity.Role;
import org.podium.platform.Banner;
import org.podium.platform.PodiumConfig;
import org.podium.platform.PodiumException;

/**
 * There is no default password. At start-up, when no administrator exists: PODIUM_ADMIN_EMAIL and
 * PODIUM_ADMIN_PASSWORD create one; otherwise a one-time setup token is printed to the log, and whoever can read the
 * log opens /setup.xhtml with it to create the first administrator. The token dies with the first administrator.
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

    private volatile String setupToken;

    @PostConstruct
    void init() {
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        if (config.adminEmail().isPresent() && config.adminPassword().isPresent()) {
            accounts.createFirstAdmin(new AccountData("Administrator", config.adminEmail().get(),
                    config.adminPassword().get(), EnumSet.of(Role.ADMIN)));
            LOG.info("The first administrator was created from PODIUM_ADMIN_EMAIL");
            return;
        }
        if (config.demoMode()) {
            return; // the demo data brings its own administrator
        }
        setupToken = Tokens.newToken();
        Banner.print(List.of("No administrator exists yet. To create the first one, open",
                "  http://localhost:" + Banner.port() + "/setup.xhtml",
                "and give this one-time setup token: " + setupToken,
                "(or set PODIUM_ADMIN_EMAIL and PODIUM_ADMIN_PASSWORD and restart)"));
    }

    public boolean setupOpen() {
        return setupToken != null;
    }

    /** Creates the first administrator if the token is the one printed at start-up. */
    public void setup(String token, AccountData data) {
        String expected = setupToken;
        if (expected == null || token == null || !MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), token.strip().getBytes(StandardCharsets.UTF_8))) {
            throw PodiumException.invalid("token", "setup.token.invalid");
        }
        accounts.createFirstAdmin(data);
        setupToken = null;
        LOG.info("The first administrator was created with the setup token");
    }
}
