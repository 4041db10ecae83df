package bank.bonafide.backoffice.admin;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.identity.access.boundary.GrantStep;
import bank.bonafide.identity.access.boundary.RoleGrantView;
import bank.bonafide.identity.access.boundary.RoleGrants;
import bank.bonafide.identity.access.boundary.StaffRoleDefinition;
import bank.bonafide.identity.access.entity.RoleGrant;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/**
 * Staff logins and their roles, for administrators: ask to grant or withdraw a role (with a reason); a privileged
 * role waits for a second administrator, who approves or rejects it here. Keycloak holds the roles; this page
 * goes through identity's {@link RoleGrants}, which records every request.
 */
@Named
@RequestScoped
public class StaffRolesPage {

    @Inject
    RoleGrants grants;

    @Inject
    StaffScreen staff;

    private String search;
    private String username;
    private String role;
    private String change = RoleGrant.Change.GRANT.name();
    private String reason;
    private List<RoleGrants.StaffLogin> logins;
    private List<RoleGrantView> pending;

    public List<RoleGrants.StaffLogin> getLogins() {
        if (logins == null) {
            logins = grants.logins(search, 200);
        }
        return logins;
    }

    public List<RoleGrantView> getPending() {
        if (pending == null) {
            pending = grants.pending();
        }
        return pending;
    }

    public List<RoleGrantView> getRecent() {
        return grants.recent(50);
    }

    public List<StaffRoleDefinition.Role> getRoles() {
        return StaffRoleDefinition.load().roles();
    }

    public void request() {
        RoleGrant.Change kind;
        try {
            kind = RoleGrant.Change.valueOf(change);
        } catch (IllegalArgumentException | NullPointerException e) {
            kind = null;
        }
        show(grants.request(username, role, kind, reason, staff.getStaffName(), staff.roles()), "roles.requested");
    }

    public void approve() {
        id().ifPresent(id -> show(grants.approve(id, staff.getStaffName(), staff.roles()), "roles.approved"));
    }

    public void reject() {
        id().ifPresent(id -> show(grants.reject(id, staff.getStaffName(), staff.roles()), "roles.rejected"));
    }

    /** The request a row's button decides, from the button's {@code grantId} parameter. */
    private java.util.Optional<UUID> id() {
        try {
            return java.util.Optional.of(UUID.fromString(
                    FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("grantId")));
        } catch (IllegalArgumentException | NullPointerException e) {
            message(FacesMessage.SEVERITY_ERROR, Texts.of("roles.noSuchRequest"));
            return java.util.Optional.empty();
        }
    }

    private void show(GrantStep step, String doneKey) {
        if (step instanceof GrantStep.Done done) {
            RoleGrantView g = done.grant();
            // the change and the status in the page's words ("grant", "pending" in English)
            message(FacesMessage.SEVERITY_INFO, Texts.of(doneKey, staff.words(g.change()), g.role(), g.username(), staff.words(g.status())));
            logins = null;
            pending = null;
            reason = null;
        } else if (step instanceof GrantStep.Refused refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.reason());
        }
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
