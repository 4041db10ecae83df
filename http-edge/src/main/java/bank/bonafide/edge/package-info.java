/**
 * The HTTP edge of a Bonafide Payara domain: what answers a request before any application can.
 *
 * <p>Payara's web container refuses some request paths in {@code CoyoteAdapter.postParseRequest} (a NUL, a backslash,
 * an encoded slash, invalid UTF-8, a path climbing above the root) with a bare 400: no body, no type, and before any
 * valve, error page or application runs, so no configuration gives it the problem+json every other refusal has
 * (reliability R3). {@link bank.bonafide.edge.UnservablePathRefusal} sits in the listener's Grizzly filter chain just
 * before the HTTP server filter, recognises those paths with {@link bank.bonafide.edge.UnservablePath} and answers them
 * itself; every other request passes untouched.
 *
 * <p>This is a server module (an OSGi bundle in {@code glassfish/modules}), not part of the EAR: Payara builds its
 * HTTP filter chain with one plug-in point, the named Grizzly add-ons, and {@link bank.bonafide.edge.UnservablePathAddOn}
 * takes the slot of the retired Comet add-on ({@code comet-support-enabled="true"} on the application listeners,
 * set by {@code scripts/payara-harden.sh}).
 */
package bank.bonafide.edge;
