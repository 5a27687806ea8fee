package org.podium.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.account.boundary.AccountData;
import org.podium.account.boundary.Accounts;
import org.podium.account.boundary.TwoFactor;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.platform.PodiumConfig;
import org.podium.web.Faces;

/**
 * Administrators: find accounts (by name or address, a page at a time), change their roles, disable an account (its
 * sessions end) or enable it again, send a password reset link, and create staff accounts.
 */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    @Inject
    CurrentUser currentUser;

    /** What the page shows of an account: never the entity (its password hash would travel with the view state). */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String displayName;
        private final String email;
        private final boolean enabled;
        private final boolean emailVerified;
        private final boolean twoFactor;
        private final boolean deleted;

        Row(Account a) {
            twoFactor = a.hasTotp();
            deleted = a.isDeleted();
            id = a.getId();
            displayName = a.getDisplayName();
            email = a.getEmail();
            enabled = a.isEnabled();
            emailVerified = a.isEmailVerified();
        }

        public long getId() {
            return id;
        }

        public String getDisplayName() {
            return displayName;
        }

        public String getEmail() {
            return email;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public boolean isEmailVerified() {
            return emailVerified;
        }

        public boolean isTwoFactor() {
            return twoFactor;
        }

        public boolean isDeleted() {
            return deleted;
        }
    }

    @Inject
    TwoFactor twoFactor;

    private Boolean staffTwoFactor;

    /** The administrator's setting: every staff account signs in with a second factor. */
    public boolean isStaffTwoFactor() {
        if (staffTwoFactor == null) {
            staffTwoFactor = twoFactor.staffRequired();
        }
        return staffTwoFactor;
    }

    public void setStaffTwoFactor(boolean required) {
        this.staffTwoFactor = required;
    }

    public String saveSecurity() {
        boolean required = isStaffTwoFactor();
        if (!Faces.attempt("security", () -> {
            twoFactor.requireForStaff(required);
        })) {
            return null;
        }
        Faces.keepMessages();
        Faces.info(required ? "users.twoFactor.saved.on" : "users.twoFactor.saved.off");
        return "/admin/users.xhtml?faces-redirect=true";
    }

    public String resetTwoFactor(Row a) {
        return act(a, "users.twoFactor.resetDone", () -> twoFactor.reset(a.getId()));
    }

    private String query;
    private int page = 1;
    private List<Row> rows = List.of();
    private long total;
    private int pageCount = 1;
    private int pageSize = Accounts.PAGE_SIZE;
    private final AccountData account = new AccountData();
    private List<String> newRoles = new ArrayList<>();
    private final Map<Long, List<String>> roleEdits = new HashMap<>();

    /** On opening (q and page from the address): the page of accounts. */
    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() && !rows.isEmpty()) {
            return;
        }
        Accounts.AccountPage result;
        try {
            result = accounts.search(query, page, Accounts.PAGE_SIZE);
        } catch (RuntimeException e) {
            // a search Podium cannot run: said beside the field, and the first page of all accounts instead
            Faces.report(e, "search");
            query = null;
            result = accounts.search(null, 1, Accounts.PAGE_SIZE);
        }
        page = result.page();
        total = result.total();
        pageCount = result.pages();
        pageSize = result.size();
        rows = result.accounts().stream().map(Row::new).toList();
        roleEdits.clear();
        result.accounts()
                .forEach(a -> roleEdits.put(
                        a.getId(),
                        new ArrayList<>(a.getRoles().stream().map(Enum::name).toList())));
    }

    public String create() {
        if (!Faces.attempt("staff", () -> {
            account.setRoles(toRoles(newRoles));
            accounts.createStaff(account);
        })) {
            account.setPassword(null);
            return null;
        }
        Faces.keepMessages();
        Faces.info("users.created", account.getEmail());
        return "/admin/users.xhtml?faces-redirect=true&q="
                + URLEncoder.encode(account.getEmail(), StandardCharsets.UTF_8);
    }

    public String saveRoles(Row a) {
        return act(a, "users.rolesSaved", () -> accounts.changeRoles(a.getId(), toRoles(roleEdits.get(a.getId()))));
    }

    public String disable(Row a) {
        return act(a, "users.disabled", () -> accounts.disable(a.getId(), currentUser.accountId()));
    }

    public String enable(Row a) {
        return act(a, "users.enabled", () -> accounts.enable(a.getId()));
    }

    public String sendReset(Row a) {
        return act(a, "users.resetSent", () -> accounts.sendPasswordReset(a.getId(), Faces.baseUrl(config)));
    }

    /** One action on an account's row: refused, the reason at the top; done, back to the same page saying so. */
    private String act(Row a, String doneKey, Runnable action) {
        if (!Faces.attempt(null, action)) {
            return null;
        }
        return done(doneKey, a);
    }

    /** Back to the same search and page, with what was done said at the top. */
    private String done(String key, Row a) {
        Faces.keepMessages();
        Faces.info(key, a.getDisplayName(), a.getEmail());
        return "/admin/users.xhtml?faces-redirect=true&page=" + page
                + (query == null || query.isBlank()
                        ? ""
                        : "&q=" + URLEncoder.encode(query.strip(), StandardCharsets.UTF_8));
    }

    private static Set<Role> toRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.valueOf(n)));
        }
        return roles;
    }

    public boolean isSelf(Row a) {
        return currentUser.accountId() == a.getId();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Row> getList() {
        return rows;
    }

    /** How many accounts match (all pages). */
    public long getTotal() {
        return total;
    }

    public int getCurrentPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    /** The position of the first account shown (1-based), for "26–50 of 132". */
    public long getFirst() {
        return total == 0 ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long getLast() {
        return total == 0 ? 0 : getFirst() + rows.size() - 1;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getPage() {
        return String.valueOf(page);
    }

    /** From the address: anything but a page number shows the first page. */
    public void setPage(String page) {
        try {
            this.page = page == null ? 1 : Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            this.page = 1;
        }
    }

    public int getPageNumber() {
        return page;
    }

    public AccountData getAccount() {
        return account;
    }

    public List<String> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<String> newRoles) {
        this.newRoles = newRoles;
    }

    public Map<Long, List<String>> getRoleEdits() {
        return roleEdits;
    }
}
