package bank.bonafide.lending.terms.entity;

/**
 * How principal is repaid. ANNUITY: equal instalments (等额本息), interest falling and principal rising
 * each month. EQUAL_PRINCIPAL: the same principal each month (等额本金) plus interest on what is left, so
 * instalments fall.
 */
public enum RepaymentMethod { ANNUITY, EQUAL_PRINCIPAL }
