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
