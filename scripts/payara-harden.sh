#!/usr/bin/env bash
# Settings every Bonafide Payara domain gets before it first starts (run, test, benchmark and reliability alike):
#   scripts/payara-harden.sh path/to/domains/domain1/config/domain.xml
#
# HTTP/2 off on the application listeners: under reliability R3's hostile requests Grizzly's HTTP/2 (h2c upgrade on
# the plain listener) deadlocked all five request threads in Http2Session/DefaultOutputSink, and the server answered
# nothing more until restarted. Behind the bank's TLS proxy the application server speaks HTTP/1.1 anyway.
set -euo pipefail
DOMAIN_XML="${1:?usage: payara-harden.sh domain.xml}"
[[ -f "$DOMAIN_XML" ]] || { echo "no such domain.xml: $DOMAIN_XML" >&2; exit 2; }
# Idempotent: a domain hardened before (a rerun over an unpacked server) keeps one attribute, not a duplicate that
# makes domain.xml invalid and the server refuse to start.
sed -i -e '/<http .*default-virtual-server="server"/s| http2-enabled="[a-z]*"||g' \
       -e 's|<http \([^>]*default-virtual-server="server"\)|<http http2-enabled="false" \1|' "$DOMAIN_XML"
# The two application listeners must now say so; fail loudly if a Payara version lays the file out differently.
[[ "$(grep -c 'http2-enabled="false"' "$DOMAIN_XML")" -ge 2 && "$(grep -c 'http2-enabled="false" http2-enabled' "$DOMAIN_XML")" -eq 0 ]] || { echo "could not turn HTTP/2 off in $DOMAIN_XML" >&2; exit 1; }

# What a request the applications never see gets back (reliability R3). Payara named itself and its version in the
# Server and X-Powered-By headers and in the HTML error report for paths outside every application
# (/channel-api/api/../../x, /nonexistent); Grizzly refused queries over its 8 KiB header buffer with a bare 400.
# Now: no product headers, no product name in any page (-Dproduct.name=), a 128 KiB header buffer so such a query
# reaches the application and gets its problem+json answer, and problem+json bodies for the errors the server itself
# answers (virtual server send-error_N with the HTML error report valve off). What is still refused without a body is
# refused in CoyoteAdapter.postParseRequest (NUL, backslash, a path climbing out of the server, invalid UTF-8), before
# any valve, page or application runs: no configuration reaches it.
#
# Those paths are answered by the http-edge module (an OSGi bundle in glassfish/modules, installed by
# payara-dist.sh's install_http_edge) with problem+json: Payara asks HK2 for the Grizzly add-on named "comet" when a
# listener enables Comet, and the bundle's add-on outranks Payara's own, so comet-support-enabled="true" is what puts
# the refusal into the application listeners' filter chains (http-edge/.../package-info.java).
sed -i -e '/<http .*default-virtual-server="server"/s| comet-support-enabled="[a-z]*"||g' \
       -e 's|<http \([^>]*default-virtual-server="server"\)|<http comet-support-enabled="true" \1|' "$DOMAIN_XML"
[[ "$(grep -c 'comet-support-enabled="true"' "$DOMAIN_XML")" -ge 2 ]] || { echo "could not enable the http-edge add-on in $DOMAIN_XML" >&2; exit 1; }
CONFIG_DIR="$(cd "$(dirname "$DOMAIN_XML")" && pwd)"
sed -i -e '/<http .*default-virtual-server="server"/s| server-header="[a-z]*"|| ; /<http .*default-virtual-server="server"/s| xpowered-by="[a-z]*"||' \
       -e '/<http .*default-virtual-server="server"/s| header-buffer-length-bytes="[0-9]*"||' \
       -e 's|<http \([^>]*default-virtual-server="server"\)|<http server-header="false" xpowered-by="false" header-buffer-length-bytes="131072" \1|' "$DOMAIN_XML"
grep -q -- '-Dproduct.name=' "$DOMAIN_XML" \
  || sed -i 's|^\(\s*\)<jvm-options>-Xmx\([^<]*\)</jvm-options>|&\n\1<jvm-options>-Dproduct.name=</jvm-options>|' "$DOMAIN_XML"
mkdir -p "${CONFIG_DIR}/errors"
for code in 400:Bad\ Request 404:Not\ Found 405:Method\ Not\ Allowed 413:Content\ Too\ Large 500:Internal\ Server\ Error 503:Service\ Unavailable; do
  printf '{"type":"about:blank","title":"%s","status":%s}' "${code#*:}" "${code%%:*}" > "${CONFIG_DIR}/errors/${code%%:*}.problem"
done
if ! grep -q 'name="errorReportValve"' "$DOMAIN_XML"; then
  PROPS='<property name="errorReportValve" value=""></property>'
  for code in 400 404 405 413 500 503; do
    PROPS="${PROPS}<property name=\"send-error_${code}\" value=\"code=${code} path=${CONFIG_DIR}/errors/${code}.problem\"></property>"
  done
  # The server-config virtual server, as the distribution writes it and as a started server rewrites it.
  sed -i -e "s|<virtual-server id=\"server\" network-listeners=\"http-listener-1,http-listener-2\" */>|<virtual-server id=\"server\" network-listeners=\"http-listener-1,http-listener-2\">${PROPS}</virtual-server>|" \
         -e "s|<virtual-server network-listeners=\"http-listener-1,http-listener-2\" id=\"server\"></virtual-server>|<virtual-server network-listeners=\"http-listener-1,http-listener-2\" id=\"server\">${PROPS}</virtual-server>|" "$DOMAIN_XML"
fi
grep -q '<extension>problem</extension>' "${CONFIG_DIR}/default-web.xml" \
  || sed -i '0,/<mime-mapping>/s||<mime-mapping><extension>problem</extension><mime-type>application/problem+json</mime-type></mime-mapping>\n  <mime-mapping>|' "${CONFIG_DIR}/default-web.xml"
[[ "$(grep -c 'xpowered-by="false"' "$DOMAIN_XML")" -ge 2 && "$(grep -c 'name="errorReportValve"' "$DOMAIN_XML")" -eq 1 \
   && "$(grep -c -- '-Dproduct.name=' "$DOMAIN_XML")" -ge 1 && "$(grep -c '<extension>problem</extension>' "${CONFIG_DIR}/default-web.xml")" -eq 1 ]] \
  || { echo "could not hide the server's name or set its error bodies in $DOMAIN_XML" >&2; exit 1; }
