package org.podium.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the real WAR on Payara Micro (Arquillian, the database and mail server of
 * {@link TestInfrastructure}), and the people who call it: anyone, or a demo account by its address.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedTest {

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.podium();
    }

    /** Where the deployed Podium answers. */
    @ArquillianResource
    protected URL base;

    /** Someone who has not signed in. */
    protected Http anonymous() {
        return new Http(base.toString());
    }

    /** A demo account (Deployments.CLERK, ADMIN, …) with the demo password, over HTTP Basic. */
    protected Http as(String email) {
        return anonymous().basic(email, Deployments.DEMO_PASSWORD);
    }

    protected Http clerk() {
        return as(Deployments.CLERK);
    }

    protected Http admin() {
        return as(Deployments.ADMIN);
    }
}
