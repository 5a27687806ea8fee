package org.podium.account.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;
import org.podium.account.control.PasswordPolicy;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;

/** What a registration form, the staff form and the admin API send: name, address, password, roles. */
public class AccountData implements Serializable {

    @NotBlank(message = "{account.displayName.required}")
    @Size(max = Account.NAME_MAX, message = "{account.displayName.size}")
    private String displayName;

    @NotBlank(message = "{account.email.required}")
    @Email(message = "{account.email.invalid}")
    @Size(max = Account.EMAIL_MAX, message = "{account.email.size}")
    private String email;

    @NotBlank(message = "{password.required}")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "{password.tooLong}")
    private String password;

    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public AccountData() {}

    public AccountData(String displayName, String email, String password, Set<Role> roles) {
        this.displayName = displayName;
        this.email = email;
        this.password = password;
        this.roles = roles;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }
}
