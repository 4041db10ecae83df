# Sourced by run.sh and benchmark.sh: the Payara Server distribution they run, taken from Maven Central through the
# local Maven repository (the system tests unpack the same artifact through the pom).
PAYARA_VERSION=6.2025.10
PAYARA_ZIP="${MAVEN_REPO:-$HOME/.m2/repository}/fish/payara/distributions/payara/${PAYARA_VERSION}/payara-${PAYARA_VERSION}.zip"

# unpack_payara DIR: fetches the zip once, then unpacks it into DIR (which then holds payara6/).
unpack_payara() {
  if [[ ! -s "$PAYARA_ZIP" ]]; then
    (cd /tmp && mvn -B -ntp -q dependency:get -Dartifact="fish.payara.distributions:payara:${PAYARA_VERSION}:zip" -Dtransitive=false)
  fi
  mkdir -p "$1"
  unzip -q -o "$PAYARA_ZIP" -d "$1"
}

# install_http_edge PAYARA_HOME: puts the http-edge server module (built by mvn install) into the server's modules/,
# where payara-harden.sh's comet-support-enabled="true" finds it. Every start copies it again, so a rebuilt module
# is the one that runs; without it the listener would quietly get Payara's real Comet add-on instead.
install_http_edge() {
  local jar="${PROJECT_DIR}/http-edge/target/bonafide-http-edge.jar"
  [[ -s "$jar" ]] || { echo "no ${jar}: build first (mvn -B -ntp -DskipTests install)" >&2; return 1; }
  cp "$jar" "$1/glassfish/modules/bonafide-http-edge.jar"
}

# check_http_edge BASE_URL: the started server answers a NUL in the path with problem+json, so the http-edge add-on is
# in the listener (a server without the jar would answer a bare 400 and start without a word about it).
check_http_edge() {
  local type
  type="$(curl -s --path-as-is -o /dev/null -w '%{content_type}' "$1/%00" || true)"
  [[ "$type" == application/problem+json* ]] \
    || { echo "the http-edge module is not answering on $1 (got '${type}'): is glassfish/modules/bonafide-http-edge.jar there?" >&2; return 1; }
}
