package bank.bonafide.platform.web.i18n;

import bank.bonafide.platform.text.Sentences;
import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A web module's sentences for Java code, from the same bundle its pages read as {@code msg}, in the language of
 * the page being answered. Placeholders are {@code {0}}, {@code {1}}, ... and are filled in one pass, so
 * that an apostrophe in a sentence needs no escaping and a value can never be taken for a placeholder.
 */
public final class Texts {

    private Texts() {
    }

    /** The sentence under {@code key} with its placeholders filled; the key itself if the bundle lacks it. */
    public static String of(String key, Object... values) {
        ResourceBundle bundle = bundle();
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return Sentences.fill(text, values);
    }

    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** The answering WAR's {@code msg} bundle; an empty one outside a page (the key then stands for itself). */
    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null) {
            try {
                ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
                if (bundle != null) {
                    return bundle;
                }
            } catch (MissingResourceException e) {
                // the key stands for itself
            }
        }
        return NONE;
    }

    private static final ResourceBundle NONE = new java.util.ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[0][];
        }
    };
}
