/** The customer's language (English or Simplified Chinese) and the portal's sentences in it. */
package bank.bonafide.portal.i18n;
