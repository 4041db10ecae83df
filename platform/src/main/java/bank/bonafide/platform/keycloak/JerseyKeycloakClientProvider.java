package bank.bonafide.platform.keycloak;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.ext.ContextResolver;

import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.JerseyClientBuilder;
import org.glassfish.jersey.client.proxy.WebResourceFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

/**
 * Runs the Keycloak admin client ({@code org.keycloak:keycloak-admin-client}) on the Jersey that
 * Payara Server ships, instead of on RESTEasy.
 *
 * <h2>Why this class exists</h2>
 * The admin client depends on RESTEasy classic. Packaging RESTEasy in the EAR breaks Payara's own
 * JAX-RS implementation (Jersey), so the project excludes {@code org.jboss.resteasy:*} from the
 * dependency. Without RESTEasy the client's default provider
 * ({@code ResteasyClientClassicProvider}) cannot work, so this class implements the admin client's
 * own SPI, {@link ResteasyClientProvider}, with:
 * <ul>
 *   <li>a Jersey {@link Client} with {@link JacksonFeature} and an {@link ObjectMapper} configured
 *       like the admin client's own {@code JacksonProvider} (omit nulls, ignore unknown fields,
 *       so the client keeps working against newer Keycloak servers);</li>
 *   <li>{@link WebResourceFactory} (jersey-proxy-client) to turn the admin client's JAX-RS
 *       resource interfaces into proxies, as RESTEasy's {@code ResteasyWebTarget.proxy} did.</li>
 * </ul>
 *
 * <h2>How it is found</h2>
 * {@code org.keycloak.admin.client.Keycloak} picks its provider <em>once</em>, in its static
 * initializer, with {@code ServiceLoader.load(ResteasyClientProvider.class)} (thread context class
 * loader). This class is therefore registered in
 * {@code META-INF/services/org.keycloak.admin.client.spi.ResteasyClientProvider} of the same jar,
 * which lives in the EAR's {@code lib/} next to keycloak-admin-client, so every module sees it.
 * More than one registered provider makes the admin client fail, so register it exactly once.
 * If {@code Keycloak} is first initialised on a thread whose context class loader cannot see that
 * file, the admin client silently falls back to RESTEasy and only fails at the first call
 * ({@code NoClassDefFoundError: org/jboss/resteasy/...}); call {@link #install()} before
 * {@code KeycloakBuilder.build()} to rule that out.
 * Passing a client with {@code KeycloakBuilder.resteasyClient(..)} alone is <em>not</em> enough: the
 * resource proxies (and the token endpoint proxy) are always made by the registered provider.
 *
 * <h2>Deliberate differences from the RESTEasy provider</h2>
 * <ul>
 *   <li>{@code disableTrustManager = true} is refused: a bank does not switch off TLS checks.</li>
 *   <li>The RESTEasy-only {@code StreamMessageBodyReader} is not registered; no resource method of
 *       keycloak-admin-client 26.0.x returns a {@code Stream}.</li>
 *   <li>Jersey's HTTP compliance check is relaxed, because some admin resources send a body with
 *       DELETE (e.g. removing role mappings) or none with PUT; Keycloak expects exactly that.</li>
 *   <li>Default methods of the resource interfaces (e.g. {@code OrganizationInvitationsResource.list()})
 *       run as Java code, as with RESTEasy; plain {@link WebResourceFactory} proxies would reject
 *       them with "Not a resource method".</li>
 * </ul>
 */
public class JerseyKeycloakClientProvider implements ResteasyClientProvider {

    static final long CONNECT_TIMEOUT_SECONDS = 10;
    static final long READ_TIMEOUT_SECONDS = 30;

    /** Public no-argument constructor, required by {@link java.util.ServiceLoader}. */
    public JerseyKeycloakClientProvider() {
    }

    /**
     * Makes sure the admin client uses this provider, whatever its service-loader lookup found.
     * Idempotent; call it before building a {@link Keycloak} instance.
     */
    public static void install() {
        if (!(Keycloak.getClientProvider() instanceof JerseyKeycloakClientProvider)) {
            Keycloak.setClientProvider(new JerseyKeycloakClientProvider());
        }
    }

    @Override
    public Client newRestEasyClient(Object messageHandler, SSLContext sslContext, boolean disableTrustManager) {
        if (disableTrustManager) {
            throw new UnsupportedOperationException(
                    "disableTrustManager is not supported: configure a proper trust store instead");
        }
        JerseyClientBuilder builder = new JerseyClientBuilder();
        builder.connectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        builder.readTimeout(READ_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        builder.property(ClientProperties.SUPPRESS_HTTP_COMPLIANCE_VALIDATION, Boolean.TRUE);
        builder.register(JacksonFeature.class);
        if (messageHandler != null) {
            // a caller-supplied Jackson provider, as Keycloak.getInstance(.., customJacksonProvider) allows
            builder.register(messageHandler);
        } else {
            builder.register(new KeycloakObjectMapperResolver());
        }
        return builder.build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> targetClass) {
        return withDefaultMethods(targetClass, WebResourceFactory.newResource(targetClass, target));
    }

    /**
     * Wraps a Jersey proxy so that default interface methods run locally and sub-resource
     * locators (methods without an HTTP method that return another resource interface) return
     * wrapped proxies as well.
     */
    private static <R> R withDefaultMethods(Class<R> type, Object jerseyProxy) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object result;
            try {
                result = method.invoke(jerseyProxy, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result != null && isSubResourceLocator(method)) {
                return withDefaultMethods(method.getReturnType(), result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static boolean isSubResourceLocator(Method method) {
        if (!method.getReturnType().isInterface() || method.getDeclaringClass() == Object.class) {
            return false;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same {@link ObjectMapper} settings as keycloak-admin-client's RESTEasy-based
     * {@code org.keycloak.admin.client.JacksonProvider}.
     */
    static final class KeycloakObjectMapperResolver implements ContextResolver<ObjectMapper> {

        private final ObjectMapper mapper = new ObjectMapper()
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }
}
