package bank.bonafide.platform.keycloak;

import bank.bonafide.platform.web.KeycloakTokens;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

/**
 * The realm's admin API as the application's service account sees it. One thread-safe client per
 * application, created on first use (Keycloak need not be up when the EAR deploys).
 *
 * <p>Settings: the realm is {@code bonafide.oidc.provider-uri} (server and realm name are read from it);
 * the service account is {@code bonafide.keycloak.admin.client-id} / {@code ...client-secret}.
 */
@ApplicationScoped
public class KeycloakRealm {

    private Keycloak keycloak;
    private String realmName;

    public synchronized RealmResource realm() {
        if (keycloak == null) {
            String provider = KeycloakTokens.providerUri();
            int split = provider.indexOf("/realms/");
            if (split < 0) {
                throw new IllegalStateException("bonafide.oidc.provider-uri must be <server>/realms/<realm>");
            }
            realmName = provider.substring(split + "/realms/".length()).replaceAll("/+$", "");
            var config = ConfigProvider.getConfig();
            JerseyKeycloakClientProvider.install();
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(provider.substring(0, split))
                    .realm(realmName)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(config.getOptionalValue("bonafide.keycloak.admin.client-id", String.class).orElse("bonafide-app"))
                    .clientSecret(config.getOptionalValue("bonafide.keycloak.admin.client-secret", String.class)
                            .orElse("bonafide-app-dev-secret"))
                    .build();
        }
        return keycloak.realm(realmName);
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
