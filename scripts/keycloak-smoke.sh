#!/usr/bin/env bash
# Smoke test against a running dev Keycloak (scripts/keycloak.sh start):
#  1. alice gets a token via bonafide-channel (password grant); its claims carry
#     groups=[CUSTOMER,...], customer_id=C-0001, upn/preferred_username=alice.
#  2. bonafide-app gets a client-credentials token; with it the admin REST API
#     lists users of realm bonafide (200) but listing clients is 403.
set -euo pipefail

KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KC_URL="${KEYCLOAK_URL:-http://127.0.0.1:${KEYCLOAK_PORT}}"
REALM=bonafide
TOKEN_URL="${KC_URL}/realms/${REALM}/protocol/openid-connect/token"
APP_SECRET="${BONAFIDE_APP_SECRET:-bonafide-app-dev-secret}"

fail() { echo "SMOKE FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

# JWT payload (base64url) -> JSON
jwt_claims() {
  jq -R 'split(".")[1] | gsub("-"; "+") | gsub("_"; "/")
         | . + ("=" * ((4 - (length % 4)) % 4)) | @base64d | fromjson' <<<"$1"
}

# --- 1. password grant for alice via the public channel client ---------------
resp="$(curl -sS --max-time 20 -X POST "$TOKEN_URL" \
  -d grant_type=password -d client_id=bonafide-channel \
  -d username=alice -d password=alice-demo -d scope=openid)" || fail "token request for alice"
alice_token="$(jq -r '.access_token // empty' <<<"$resp")"
[[ -n "$alice_token" ]] || fail "no access token for alice: $resp"
claims="$(jwt_claims "$alice_token")"
echo "alice access token claims:"
jq '{iss, aud, azp, typ, exp_in_s: (.exp - .iat), sub, upn, preferred_username, groups, customer_id, realm_access, scope}' <<<"$claims"

jq -e '.groups | index("CUSTOMER")' <<<"$claims" >/dev/null || fail "groups lacks CUSTOMER"
ok "groups contains CUSTOMER"
[[ "$(jq -r '.customer_id' <<<"$claims")" == "C-0001" ]] || fail "customer_id is not C-0001"
ok "customer_id = C-0001"
[[ "$(jq -r '.upn' <<<"$claims")" == "alice" ]] || fail "upn is not alice"
[[ "$(jq -r '.preferred_username' <<<"$claims")" == "alice" ]] || fail "preferred_username is not alice"
ok "upn and preferred_username = alice"
[[ "$(jq -r '.iss' <<<"$claims")" == "${KC_URL}/realms/${REALM}" ]] || fail "unexpected issuer"
ok "iss = ${KC_URL}/realms/${REALM}"

id_token="$(jq -r '.id_token // empty' <<<"$resp")"
[[ -n "$id_token" ]] || fail "no id_token"
jwt_claims "$id_token" | jq -e '(.groups | index("CUSTOMER")) and .customer_id == "C-0001"' >/dev/null \
  || fail "id token lacks groups/customer_id"
ok "id token carries groups and customer_id"

# wrong password must be rejected (Keycloak 26 answers 400 invalid_grant)
bad="$(curl -sS -w '\n%{http_code}' --max-time 20 -X POST "$TOKEN_URL" \
  -d grant_type=password -d client_id=bonafide-channel -d username=alice -d password=wrong)"
code="${bad##*$'\n'}"
[[ ( "$code" == 400 || "$code" == 401 ) && "${bad%$'\n'*}" == *invalid_grant* ]] \
  || fail "wrong password gave HTTP $code: ${bad%$'\n'*}"
ok "wrong password -> $code invalid_grant"

# --- 2. service account of bonafide-app: least privilege --------------------
resp="$(curl -sS --max-time 20 -X POST "$TOKEN_URL" \
  -d grant_type=client_credentials -d client_id=bonafide-app -d client_secret="$APP_SECRET")" \
  || fail "client-credentials request"
app_token="$(jq -r '.access_token // empty' <<<"$resp")"
[[ -n "$app_token" ]] || fail "no access token for bonafide-app: $resp"
echo "bonafide-app service-account token claims:"
jwt_claims "$app_token" | jq '{azp, preferred_username, exp_in_s: (.exp - .iat), realm_access, resource_access}'

admin="${KC_URL}/admin/realms/${REALM}"
users_body="$(mktemp)"
trap 'rm -f "$users_body"' EXIT
code="$(curl -sS -o "$users_body" -w '%{http_code}' --max-time 20 \
  -H "Authorization: Bearer $app_token" "${admin}/users?max=100")"
[[ "$code" == 200 ]] || fail "listing users gave HTTP $code"
n="$(jq 'length' "$users_body")"
jq -e 'map(.username) | index("alice")' "$users_body" >/dev/null || fail "alice not in user list"
ok "service account lists users (HTTP 200, $n users: $(jq -r 'map(.username) | join(",")' "$users_body"))"

code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 20 \
  -H "Authorization: Bearer $app_token" "${admin}/clients")"
[[ "$code" == 403 ]] || fail "listing clients gave HTTP $code, expected 403"
ok "service account listing clients -> 403"

code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 20 \
  -H "Authorization: Bearer $app_token" "${admin}/roles")"
[[ "$code" == 403 ]] || fail "listing realm roles gave HTTP $code, expected 403"
ok "service account listing realm roles -> 403"

code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 20 \
  -H "Authorization: Bearer $app_token" "${KC_URL}/admin/realms/master/users")"
[[ "$code" == 401 || "$code" == 403 ]] || fail "listing master users gave HTTP $code"
ok "service account on realm master -> $code"

echo "SMOKE OK"
