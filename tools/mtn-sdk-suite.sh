#!/usr/bin/env bash
# Runs MTN's own Java SDK integration suite (MTN-Group/MoMoAPIs_Java_sdk, module momoapi-java-sdk,
# src/test/java/com/momo/api/integration/*RequestTest.java) against a local simulator and prints one
# line per test. Nothing of MTN's code enters this repository: the SDK is copied to a scratch folder.
#
#   tools/mtn-sdk-suite.sh SDK [JAR]
#
#   SDK  a checkout of MTN's SDK (the folder holding momoapi-java-sdk/, or that module itself), or a
#        bare git repository of it (its HEAD is exported)
#   JAR  the simulator jar (default cli/target/momo-sim.jar of this repository)
#
# Environment: MTN_SDK_TESTS (surefire -Dtest pattern, default '**/integration/*RequestTest'),
# MTN_SDK_KEEP=1 keeps the scratch folder (its path is printed), MTN_SDK_ONLINE=1 lets Maven download
# what ~/.m2 lacks (otherwise it runs offline and stops, saying so, if something is missing),
# MTN_SDK_REQUESTS=FILE saves the simulator's request journal (what the SDK sent and what it was
# answered, GET /_sim/requests) to FILE.
# Exit status: 0 all passed, 1 some failed, 2 could not run.
#
# How the SDK is pointed at the simulator: its base URL is the constant API.SANDBOX_URL
# (https://sandbox.momodeveloper.mtn.com). The keys resource.endpoint and oauth.EndPoint that would
# override it are read only from a context's own configuration map, which the integration tests never
# fill, so the script rewrites that one constant in the scratch copy.
#
# The simulator runs with "apiUsers": {"scope": "any-product"} (the suite uses one API user for all three
# products) and one preset API user whose providerCallbackHost is webhook.site, the host the suite
# hard-codes for the users it provisions (callbackHostTestSuccess uses CALLBACK_URL with such a user),
# and with "consent": {"userInfoFormat": "schema"}: the SDK reads userinfo's address as the string MTN's
# schema declares, where the real sandbox answered an object.
# The simulator resolves webhook.site to 127.0.0.1 through a private hosts file, so its callbacks reach
# a local `momo-sim receive-callbacks`, never the internet.
set -euo pipefail

die() { echo "mtn-sdk-suite: $*" >&2; exit 2; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: tools/mtn-sdk-suite.sh SDK [JAR]"
root="$(cd "$(dirname "$0")/.." && pwd)"
sdk="$1"
jar="${2:-$root/cli/target/momo-sim.jar}"
[ -f "$jar" ] || die "no simulator jar at $jar (build it: mvn -B -ntp -o -q package -DskipTests -pl cli -am)"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
command -v mvn >/dev/null || die "mvn is not on PATH"
command -v python3 >/dev/null || die "python3 is not on PATH (it reads the surefire reports)"

work="$(mktemp -d "${TMPDIR:-/tmp}/mtn-sdk-suite.XXXXXX")"
sim_pid=""
cb_pid=""
cleanup() {
  [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null
  [ -n "$cb_pid" ] && kill "$cb_pid" 2>/dev/null && wait "$cb_pid" 2>/dev/null
  if [ "${MTN_SDK_KEEP:-0}" = 1 ]; then echo "mtn-sdk-suite: scratch folder kept: $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

# 1. A scratch copy of the SDK module.
if [ -d "$sdk/momoapi-java-sdk" ]; then
  cp -R "$sdk/momoapi-java-sdk" "$work/sdk"
  rev="$(git -C "$sdk" rev-parse --short HEAD 2>/dev/null || echo unknown)"
elif [ -f "$sdk/pom.xml" ] && [ -d "$sdk/src/test/java/com/momo/api/integration" ]; then
  cp -R "$sdk" "$work/sdk"
  rev="$(git -C "$sdk" rev-parse --short HEAD 2>/dev/null || echo unknown)"
elif git --git-dir="$sdk" rev-parse --verify -q HEAD >/dev/null 2>&1; then
  mkdir "$work/export"
  git --git-dir="$sdk" archive HEAD momoapi-java-sdk | tar -x -C "$work/export"
  mv "$work/export/momoapi-java-sdk" "$work/sdk"
  rev="$(git --git-dir="$sdk" rev-parse --short HEAD)"
else
  die "$sdk is neither a checkout of MTN's SDK nor a git repository of it"
fi
rm -rf "$work/sdk/target"
api="$work/sdk/src/main/java/com/momo/api/base/constants/API.java"
grep -q 'SANDBOX_URL = "https://sandbox.momodeveloper.mtn.com"' "$api" \
  || die "$api no longer declares SANDBOX_URL as expected; see how this SDK version sets its base URL"

# 2. The simulator and a callback receiver.
if ! cb_port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"; then
  die "could not pick a port for the callback receiver"
fi
java -jar "$jar" receive-callbacks --host 127.0.0.1 --port "$cb_port" >"$work/callbacks.log" 2>&1 &
cb_pid=$!

user_id="5dc0ffee-0000-4000-8000-000000000001"
user_key="5dc0ffee000000000000000000000001"
cat >"$work/sim-config.json" <<JSON
{
  "apiUsers": {
    "scope": "any-product",
    "preset": [{"id": "$user_id", "apiKey": "$user_key", "product": "collection", "providerCallbackHost": "webhook.site"}]
  },
  "consent": {"userInfoFormat": "schema"}
}
JSON
printf '127.0.0.1 localhost webhook.site\n::1 localhost\n' >"$work/hosts"
java -Djdk.net.hosts.file="$work/hosts" -Dvertx.disableDnsResolver=true -Xmx512m \
  -jar "$jar" serve --port 0 --config "$work/sim-config.json" >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
base=""
for _ in $(seq 1 600); do
  base="$(sed -n 's/^momo-sim listening on \(http:[^ ]*\)$/\1/p' "$work/sim.out")"
  [ -n "$base" ] && break
  kill -0 "$sim_pid" 2>/dev/null || { cat "$work/sim.err" >&2; die "the simulator did not start"; }
  sleep 0.1
done
[ -n "$base" ] || die "the simulator did not say where it listens within 60 s"

# 3. Point the SDK at it and write the suite's config.properties.
sed -i "s#SANDBOX_URL = \"https://sandbox.momodeveloper.mtn.com\"#SANDBOX_URL = \"$base\"#" "$api"
cat >"$work/sdk/src/test/resources/config.properties" <<PROPS
REFERENCE_ID=$user_id
API_KEY=$user_key
CALLBACK_URL=http://webhook.site:$cb_port/mtn-sdk-suite
COLLECTION_SUBSCRIPTION_KEY=0c011ec7000000000000000000000001
DISBURSEMENT_SUBSCRIPTION_KEY=0d15b0e5000000000000000000000001
REMITTANCE_SUBSCRIPTION_KEY=07e31770000000000000000000000001
PROPS

# 4. Run the integration tests (never `mvn install`: the SDK's own build, test phase only).
tests="${MTN_SDK_TESTS:-**/integration/*RequestTest}"
echo "mtn-sdk-suite: MTN SDK $rev against $base (simulator $(basename "$jar")), tests $tests" >&2
offline=(-o)
[ "${MTN_SDK_ONLINE:-0}" = 1 ] && offline=()
set +e
(cd "$work/sdk" && mvn -B -ntp "${offline[@]}" test -Dtest="$tests" -DfailIfNoTests=false \
  -Dmaven.test.failure.ignore=true) >"$work/mvn.log" 2>&1
mvn_rc=$?
set -e
if grep -q "in offline mode" "$work/mvn.log"; then
  grep "in offline mode" "$work/mvn.log" | head -3 >&2
  die "Maven lacks some of the SDK's dependencies or plugins in ~/.m2; run once with MTN_SDK_ONLINE=1"
fi
if [ -n "${MTN_SDK_REQUESTS:-}" ]; then
  python3 -c 'import sys, urllib.request; sys.stdout.write(urllib.request.urlopen(sys.argv[1]).read().decode())' \
    "$base/_sim/requests?limit=1000" >"$MTN_SDK_REQUESTS" || echo "mtn-sdk-suite: could not save the request journal" >&2
fi
reports="$work/sdk/target/surefire-reports"
if [ "$mvn_rc" -ne 0 ] || ! ls "$reports"/TEST-*.xml >/dev/null 2>&1; then
  tail -40 "$work/mvn.log" >&2
  die "Maven failed before the tests ran (exit $mvn_rc)"
fi

# 5. One line per test.
python3 - "$reports" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = skipped = 0
lines = []
for path in sorted(glob.glob(sys.argv[1] + "/TEST-*.xml")):
    cases = ET.parse(path).getroot().iter("testcase")
    for case in sorted(cases, key=lambda c: c.get("name", "")):
        name = case.get("classname", "").rsplit(".", 1)[-1] + "." + case.get("name", "").split("(")[0]
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if case.find("skipped") is not None:
            skipped += 1
            lines.append("SKIP  " + name)
        elif problem is None:
            passed += 1
            lines.append("PASS  " + name)
        else:
            failed += 1
            message = (problem.get("message") or (problem.text or "").strip().split("\n")[0]).strip()
            message = " ".join(message.split())
            lines.append("FAIL  " + name + "  [" + problem.get("type", "").rsplit(".", 1)[-1] + "] " + message[:400])
print("\n".join(lines))
print("%d tests: %d passed, %d failed, %d skipped" % (passed + failed + skipped, passed, failed, skipped))
sys.exit(1 if failed else 0)
PY
