package org.podium.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR that `mvn package` built: integration tests deploy exactly what ships. */
public final class Deployments {

    public static final String DEMO_PASSWORD = "it-demo-password-2026";
    public static final String ADMIN = "admin@podium.example";
    public static final String CLERK = "clerk@podium.example";
    public static final String COUNCIL = "council@podium.example";
    public static final String RESIDENT = "resident@podium.example";

    private Deployments() {}

    public static WebArchive podium() {
        File war = new File(System.getProperty("podium.it.target", "target"), "podium.war");
        if (!war.isFile()) {
            throw new IllegalStateException(
                    war + " is missing: run mvn verify, which packages before the integration tests");
        }
        return ShrinkWrap.create(ZipImporter.class, "podium.war")
                .importFrom(war)
                .as(WebArchive.class);
    }
}
