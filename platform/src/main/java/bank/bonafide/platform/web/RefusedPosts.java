package bank.bonafide.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A form post whose view state is not one this session was given (expired after the session timeout, or forged by
 * another site: JSF's view state is the screens' CSRF token) is refused with 400 and the "form not accepted" page,
 * instead of the error page of a fault: nothing was changed, and the person only needs to open the page again.
 * Registered in each web module's {@code faces-config.xml}.
 */
public final class ExpiredForms extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(ExpiredForms.class.getName());

    public ExpiredForms(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            Throwable cause = events.next().getContext().getException();
            if (!refusedForm(cause)) {
                continue;
            }
            events.remove();
            FacesContext faces = FacesContext.getCurrentInstance();
            // Which view, not what was posted: the posted values may be anything.
            LOG.info(() -> "form post refused, view state unknown to the session: " + faces.getExternalContext().getRequestServletPath());
            try {
                faces.getExternalContext().responseSendError(400, "form not accepted");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
        getWrapped().handle();
    }

    private static boolean refusedForm(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ViewExpiredException || t instanceof ProtectedViewException) {
                return true;
            }
        }
        return false;
    }

    /** The factory {@code faces-config.xml} names. */
    public static final class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredForms(getWrapped().getExceptionHandler());
        }
    }
}
