package bank.bonafide.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Form posts the screens refuse, with a page that says what happened instead of the error page of a fault:
 * <ul>
 *   <li>a view state this session was not given (expired after the session timeout, or forged by another site: JSF's
 *   view state is the screens' CSRF token): 400 and the "form not accepted" page;</li>
 *   <li>a record someone else changed between this page's reading it and this post (two members of staff on one
 *   payout, on one server or two; the entities' versions catch it at commit): 409 and the "changed meanwhile" page.</li>
 * </ul>
 * Either way nothing of the post was saved, and the person only needs to open the page again.
 * Registered in each web module's {@code faces-config.xml}.
 */
public final class RefusedPosts extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(RefusedPosts.class.getName());
    /** The page each web module that registers this handler carries. */
    static final String CHANGED_MEANWHILE = "/WEB-INF/errors/changed-meanwhile.html";

    public RefusedPosts(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable cause = events.next().getContext().getException();
            int status = refusal(cause);
            if (status == 0) {
                continue;
            }
            events.remove();
            FacesContext faces = FacesContext.getCurrentInstance();
            // Which view, not what was posted: the posted values may be anything.
            String view = faces.getExternalContext().getRequestServletPath();
            LOG.info(() -> status == 400 ? "form post refused, view state unknown to the session: " + view
                    : "form post refused, the record was changed by someone else meanwhile: " + view);
            try {
                if (status == 400) {
                    faces.getExternalContext().responseSendError(400, "form not accepted");
                } else {
                    // Written here, not through an error-page mapping: a module may map 409 to a page of its own
                    // (the back office's "cannot be collected" for an evidence export).
                    ExternalContext out = faces.getExternalContext();
                    out.responseReset();
                    out.setResponseStatus(409);
                    out.setResponseContentType("text/html;charset=UTF-8");
                    try (InputStream page = out.getResourceAsStream(CHANGED_MEANWHILE)) {
                        if (page == null) {
                            throw new IOException(CHANGED_MEANWHILE + " is missing from the web module");
                        }
                        page.transferTo(out.getResponseOutputStream());
                    }
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
        getWrapped().handle();
    }

    /** 400, 409, or 0 for a fault that is not a refusal. */
    static int refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return 400;
            }
            // Hibernate's own exception when it is not wrapped in the JPA one; by name, the screens do not link Hibernate.
            if (t instanceof OptimisticLockException || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                return 409;
            }
        }
        return 0;
    }

    /** The factory {@code faces-config.xml} names. */
    public static final class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new RefusedPosts(getWrapped().getExceptionHandler());
        }
    }
}
