package bank.bonafide.backoffice.lending;

import bank.bonafide.lending.product.boundary.LoanProducts;
import bank.bonafide.lending.product.entity.LoanProduct;
import bank.bonafide.lending.terms.entity.RepaymentMethod;
import bank.bonafide.platform.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * ADMINs define loan products (web.xml keeps everyone else out). Applications already made keep the terms
 * they were offered; a change applies to new applications only.
 */
@Named
@RequestScoped
public class LoanProductsPage {

    @Inject
    LoanProducts products;

    @Inject
    SecurityContext security;

    private String editCode;
    private String code;
    private String name;
    private String currency = "CNY";
    private BigDecimal minAmount;
    private BigDecimal maxAmount;
    private int minTermMonths = 6;
    private int maxTermMonths = 36;
    private BigDecimal annualRate;
    private RepaymentMethod method = RepaymentMethod.ANNUITY;
    private int roundingScale = 2;
    private RoundingMode roundingMode = RoundingMode.HALF_UP;
    private BigDecimal lateFeeDailyRate = new BigDecimal("0.0005");
    private int lateFeeGraceDays = 3;
    private boolean active = true;
    private List<LoanProduct.Definition> all;

    public String save() {
        String admin = security.getCallerPrincipal() == null ? "?" : security.getCallerPrincipal().getName();
        List<String> problems = products.define(new LoanProduct.Definition(code == null ? null : code.strip().toUpperCase(), name,
                currency == null ? null : currency.strip().toUpperCase(), minAmount, maxAmount, minTermMonths, maxTermMonths,
                annualRate, method, roundingScale, roundingMode, lateFeeDailyRate, lateFeeGraceDays, active), admin);
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!problems.isEmpty()) {
            problems.forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.of("products.notSaved", p), null)));
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.of("products.saved", code.strip().toUpperCase()), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return "products?faces-redirect=true";
    }

    /** On the first GET with {@code ?edit=CODE}: loads that product into the form to change it. */
    public void loadForEdit() {
        products.find(editCode).ifPresent(p -> {
            code = p.code();
            name = p.name();
            currency = p.currency();
            minAmount = p.minAmount().stripTrailingZeros();
            maxAmount = p.maxAmount().stripTrailingZeros();
            minTermMonths = p.minTermMonths();
            maxTermMonths = p.maxTermMonths();
            annualRate = p.annualRate().stripTrailingZeros();
            method = p.method();
            roundingScale = p.roundingScale();
            roundingMode = p.roundingMode();
            lateFeeDailyRate = p.lateFeeDailyRate().stripTrailingZeros();
            lateFeeGraceDays = p.lateFeeGraceDays();
            active = p.active();
        });
    }

    public List<LoanProduct.Definition> getProducts() {
        if (all == null) {
            all = products.all();
        }
        return all;
    }

    public String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }

    public String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    public RepaymentMethod[] getMethods() {
        return RepaymentMethod.values();
    }

    public RoundingMode[] getRoundingModes() {
        return new RoundingMode[] {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP};
    }

    public String getStaffName() {
        return security.getCallerPrincipal() == null ? "?" : security.getCallerPrincipal().getName();
    }

    public String getEditCode() { return editCode; }
    public void setEditCode(String editCode) { this.editCode = editCode; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public BigDecimal getMinAmount() { return minAmount; }
    public void setMinAmount(BigDecimal minAmount) { this.minAmount = minAmount; }
    public BigDecimal getMaxAmount() { return maxAmount; }
    public void setMaxAmount(BigDecimal maxAmount) { this.maxAmount = maxAmount; }
    public int getMinTermMonths() { return minTermMonths; }
    public void setMinTermMonths(int minTermMonths) { this.minTermMonths = minTermMonths; }
    public int getMaxTermMonths() { return maxTermMonths; }
    public void setMaxTermMonths(int maxTermMonths) { this.maxTermMonths = maxTermMonths; }
    public BigDecimal getAnnualRate() { return annualRate; }
    public void setAnnualRate(BigDecimal annualRate) { this.annualRate = annualRate; }
    public RepaymentMethod getMethod() { return method; }
    public void setMethod(RepaymentMethod method) { this.method = method; }
    public int getRoundingScale() { return roundingScale; }
    public void setRoundingScale(int roundingScale) { this.roundingScale = roundingScale; }
    public RoundingMode getRoundingMode() { return roundingMode; }
    public void setRoundingMode(RoundingMode roundingMode) { this.roundingMode = roundingMode; }
    public BigDecimal getLateFeeDailyRate() { return lateFeeDailyRate; }
    public void setLateFeeDailyRate(BigDecimal lateFeeDailyRate) { this.lateFeeDailyRate = lateFeeDailyRate; }
    public int getLateFeeGraceDays() { return lateFeeGraceDays; }
    public void setLateFeeGraceDays(int lateFeeGraceDays) { this.lateFeeGraceDays = lateFeeGraceDays; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
