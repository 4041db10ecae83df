package bank.bonafide.backoffice.lending;

import bank.bonafide.backoffice.security.StaffScreen;
import bank.bonafide.lending.application.boundary.ApplicationResult;
import bank.bonafide.lending.application.boundary.ApplicationView;
import bank.bonafide.lending.application.boundary.LoanApplications;
import bank.bonafide.lending.loan.boundary.LoanBook;
import bank.bonafide.lending.loan.boundary.LoanDetail;
import bank.bonafide.lending.loan.boundary.LoanView;
import bank.bonafide.lending.loan.entity.CollectionStatus;
import bank.bonafide.lending.product.boundary.LoanProducts;
import bank.bonafide.lending.product.entity.LoanProduct;
import bank.bonafide.platform.money.Money;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Lending work for staff: a branch application entered for a customer, the application queue, frozen loans,
 * and one loan's schedule and history. Account
 * references are masked; every list and every detail opened is logged with the staff member and purpose.
 */
@Named
@RequestScoped
public class LoansPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    @Inject
    LoanApplications applications;

    @Inject
    LoanBook loans;

    @Inject
    LoanProducts products;

    @Inject
    SecurityContext security;

    @Inject
    StaffScreen screen;

    private String applicantCustomerId;
    private String applicantAccount;
    private String productCode;
    private BigDecimal amount;
    private Integer termMonths;
    private boolean consentSigned;
    private String loanReference;
    private String purpose;
    private List<ApplicationView> queue;
    private List<LoanView> frozen;
    private Optional<LoanDetail> detail;

    /**
     * A customer applies at the branch: staff enter it for her. Her signed credit-report consent form is what
     * the tick records; without it the bank may not query her report and the application is refused.
     */
    public String apply() {
        ApplicationResult result = applications.apply(new LoanApplications.Request(applicantCustomerId.strip(), applicantAccount.strip(),
                productCode, amount, termMonths, consentSigned, "BACK_OFFICE", "staff:" + staff(), Instant.now()));
        FacesContext faces = FacesContext.getCurrentInstance();
        if (result instanceof ApplicationResult.Decided decided) {
            ApplicationView a = decided.application();
            faces.addMessage(null, new FacesMessage(a.status().equals("REFUSED") ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO,
                    a.reasons().isEmpty()
                            ? Texts.of("loans.appliedSigns", a.reference(), a.customerId(), screen.words(a.status()))
                            : Texts.of("loans.appliedWithReasons", a.reference(), a.customerId(), screen.words(a.status()), String.join("; ", a.reasons())),
                    null));
            faces.getExternalContext().getFlash().setKeepMessages(true);
            return "loans?faces-redirect=true";
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, result instanceof ApplicationResult.Invalid invalid
                ? invalid.problem() : Texts.of("loans.notMade"), null));
        return null;
    }

    public List<LoanProduct.Definition> getProducts() {
        return products.all().stream().filter(LoanProduct.Definition::active).toList();
    }

    public List<ApplicationView> getQueue() {
        if (queue == null) {
            queue = applications.queue(staff());
        }
        return queue;
    }

    public List<LoanView> getFrozen() {
        if (frozen == null) {
            frozen = loans.inCollection(CollectionStatus.FROZEN, staff());
        }
        return frozen;
    }

    /** The loan asked for, read once per request and only with a stated purpose. */
    public LoanDetail getDetail() {
        if (detail == null) {
            detail = loanReference == null || loanReference.isBlank() || purpose == null || purpose.isBlank() ? Optional.empty()
                    : loans.detailForStaff(loanReference.strip(), staff(), purpose.strip());
        }
        return detail.orElse(null);
    }

    public boolean isNotFound() {
        return loanReference != null && !loanReference.isBlank() && purpose != null && !purpose.isBlank() && getDetail() == null;
    }

    /** "A-1002" shows as "A-**02": enough to tell accounts apart on a list, not enough to use one. */
    public String masked(String account) {
        if (account == null || account.length() <= 4) {
            return "****";
        }
        return account.substring(0, 2) + "*".repeat(account.length() - 4) + account.substring(account.length() - 2);
    }

    public String money(BigDecimal amount) {
        return Money.plain(amount);
    }

    public String at(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String getStaffName() {
        return staff();
    }

    private String staff() {
        return security.getCallerPrincipal() == null ? "?" : security.getCallerPrincipal().getName();
    }

    public String getApplicantCustomerId() { return applicantCustomerId; }
    public void setApplicantCustomerId(String applicantCustomerId) { this.applicantCustomerId = applicantCustomerId; }
    public String getApplicantAccount() { return applicantAccount; }
    public void setApplicantAccount(String applicantAccount) { this.applicantAccount = applicantAccount; }
    public String getProductCode() { return productCode; }
    public void setProductCode(String productCode) { this.productCode = productCode; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public Integer getTermMonths() { return termMonths; }
    public void setTermMonths(Integer termMonths) { this.termMonths = termMonths; }
    public boolean isConsentSigned() { return consentSigned; }
    public void setConsentSigned(boolean consentSigned) { this.consentSigned = consentSigned; }

    public String getLoanReference() {
        return loanReference;
    }

    public void setLoanReference(String loanReference) {
        this.loanReference = loanReference;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
