package org.podium.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.podium.account.boundary.Accounts;
import org.podium.account.boundary.PodiumAuthentication;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;

/** Who is reading the page, for the header and for what a page offers (the server checks again on every action). */
@Named
@RequestScoped
public class CurrentUser {

    private PodiumAuthentication.Caller caller() {
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpSession session = ((HttpServletRequest) faces.getExternalContext().getRequest()).getSession(false);
        Object c = session == null ? null : session.getAttribute(PodiumAuthentication.SESSION_CALLER);
        return c instanceof PodiumAuthentication.Caller caller ? caller : null;
    }

    @Inject
    Accounts accounts;

    /** The signed-in account, read afresh. */
    public Optional<Account> account() {
        var c = caller();
        return c == null ? Optional.empty() : accounts.find(c.accountId());
    }

    /** The signed-in account's id, or -1. */
    public long accountId() {
        var c = caller();
        return c == null ? -1 : c.accountId();
    }

    public boolean isLoggedIn() {
        return caller() != null;
    }

    public String getDisplayName() {
        var c = caller();
        return c == null ? "" : c.displayName();
    }

    public boolean has(String role) {
        var c = caller();
        return c != null && c.roles().contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN_NAME);
    }

    public boolean isClerk() {
        return has(Role.CLERK_NAME);
    }

    public boolean isCouncil() {
        return has(Role.COUNCIL_NAME) || has(Role.CLERK_NAME);
    }
}
