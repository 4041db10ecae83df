package bank.bonafide.platform.outbox;

import bank.bonafide.platform.event.IntegrationEvent;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** JSON form of an integration event in the outbox table. */
final class EventCodec {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private EventCodec() {
    }

    static String encode(IntegrationEvent event) {
        return JSONB.toJson(event);
    }

    static IntegrationEvent decode(String type, String json) {
        Class<?> eventClass = load(type);
        if (!IntegrationEvent.class.isAssignableFrom(eventClass)) {
            throw new IllegalArgumentException(type + " is not an integration event");
        }
        return (IntegrationEvent) JSONB.fromJson(json, eventClass);
    }

    private static Class<?> load(String type) {
        // Contracts live in this jar; the thread's loader also sees EJB-module types (tests use that).
        try {
            return Class.forName(type, false, EventCodec.class.getClassLoader());
        } catch (ClassNotFoundException notHere) {
            try {
                return Class.forName(type, false, Thread.currentThread().getContextClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("unknown event type " + type, e);
            }
        }
    }
}
