/**
 * The language a person reads a web module in (English or Simplified Chinese) and that module's sentences in
 * it. One {@link bank.bonafide.platform.web.i18n.Language} serves the portal and the back office; each WAR
 * registers its own bundle as {@code msg} in its faces-config.xml, and {@link bank.bonafide.platform.web.i18n.Texts}
 * reads whichever bundle the answering WAR registered.
 */
package bank.bonafide.platform.web.i18n;
