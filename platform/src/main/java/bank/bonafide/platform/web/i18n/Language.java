package bank.bonafide.platform.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Locale;

/**
 * The language the customer reads the portal in: first what their browser prefers, then what they pick with
 * the "English | 中文" switch ({@code ?lang=en} or {@code ?lang=zh} on any page). Kept for the session.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale;

    /** The locale of this request's page; a {@code lang} parameter on the request changes it for the session. */
    public Locale getLocale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            ExternalContext external = faces.getExternalContext();
            Locale asked = supported(external.getRequestParameterMap().get("lang"));
            if (asked != null) {
                locale = asked;
            } else if (locale == null) {
                locale = preferred(external.getRequestLocales());
            }
        }
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** For the page's {@code lang} attribute: {@code en} or {@code zh-CN}. */
    public String getTag() {
        return getLocale().toLanguageTag();
    }

    public boolean isChinese() {
        return Locale.SIMPLIFIED_CHINESE.equals(getLocale());
    }

    /** The first of the browser's languages that the portal speaks; English when it speaks none of them. */
    private static Locale preferred(Iterator<Locale> browser) {
        while (browser != null && browser.hasNext()) {
            Locale candidate = supported(browser.next().getLanguage());
            if (candidate != null) {
                return candidate;
            }
        }
        return Locale.ENGLISH;
    }

    private static Locale supported(String language) {
        if (language == null) {
            return null;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (code.equals("zh") || code.startsWith("zh-") || code.startsWith("zh_")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (code.equals("en") || code.startsWith("en-") || code.startsWith("en_")) {
            return Locale.ENGLISH;
        }
        return null;
    }
}
