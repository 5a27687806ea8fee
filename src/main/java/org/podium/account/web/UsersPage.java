package org.podium.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.account.boundary.AccountData;
import org.podium.account.boundary.Accounts;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.web.Faces;

/** Administrators: the accounts, their roles, and new staff accounts. */
@Named
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    private List<Account> list;
    private final AccountData account = new AccountData();
    private List<String> newRoles = new ArrayList<>();
    private final Map<Long, List<String>> roleEdits = new HashMap<>();

    @PostConstruct
    void load() {
        list = accounts.list();
        roleEdits.clear();
        list.forEach(a -> roleEdits.put(a.getId(), new ArrayList<>(a.getRoles().stream().map(Enum::name).toList())));
    }

    public String create() {
        try {
            account.setRoles(toRoles(newRoles));
            accounts.createStaff(account);
        } catch (RuntimeException e) {
            Faces.report(e, "staff");
            account.setPassword(null);
            return null;
        }
        Faces.keepMessages();
        Faces.info("users.created", account.getEmail());
        return "/admin/users.xhtml?faces-redirect=true";
    }

    public String saveRoles(Account a) {
        try {
            accounts.changeRoles(a.getId(), toRoles(roleEdits.get(a.getId())));
        } catch (RuntimeException e) {
            Faces.report(e, null);
            return null;
        }
        Faces.keepMessages();
        Faces.info("users.rolesSaved", a.getDisplayName());
        return "/admin/users.xhtml?faces-redirect=true";
    }

    private static Set<Role> toRoles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            names.forEach(n -> roles.add(Role.valueOf(n)));
        }
        return roles;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<Account> getList() {
        return list;
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
