#!/usr/bin/env bash
# bench/run.sh: momo-sim side by side with a bare Vert.x ceiling, WireMock and Prism, on loopback.
# Installs what is missing (wrk from Debian, WireMock from Maven Central, Prism from npm), builds with
# Maven, measures, and writes bench/results/latest.md and latest.json (see bench/README.md). Ratios to
# the ceiling or a peer are only meaningful when BENCH_PARTS (default: all) includes both.
#
#   bench/run.sh                       # the whole run, about 21 minutes on 2 cores
#   BENCH_DURATION=5 bench/run.sh      # shorter measurements; every knob is a BENCH_* variable below
set -euo pipefail

BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$BENCH")
WORK=$BENCH/work
RUN=$WORK/run
LUA=$BENCH/lua
RESULTS=$RUN/results.jsonl
SPEC=${BENCH_SPEC:-$REPO/docs/spec/TJMusiitwa-collection.json}

THREADS=${BENCH_THREADS:-2}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
DURATION=${BENCH_DURATION:-10}            # seconds per measurement
WARMUP=${BENCH_WARMUP:-3}                 # seconds of warm-up before every measurement
JVM_WARMUP=${BENCH_JVM_WARMUP:-15}        # seconds of warm-up once per JVM server
STARTUP_RUNS=${BENCH_STARTUP_RUNS:-5}
STORE_COUNT=${BENCH_STORE_COUNT:-1000000}
SOAK_SECONDS=${BENCH_SOAK_SECONDS:-0}     # 600 for the 10-minute soak; 0 skips it
PORT=${BENCH_PORT:-18480}
PARTS=${BENCH_PARTS:-ceiling momo_sim event_loops durable shared flat wiremock prism store_memory client soak}   # a subset re-runs parts
BASELINE_JAR=${BENCH_BASELINE_JAR:-}       # an older momo-sim jar, for the part "baseline" (not in the default)
BASELINE_ROUNDS=${BENCH_BASELINE_ROUNDS:-3}
EVENT_LOOP_ROUNDS=${BENCH_EVENT_LOOP_ROUNDS:-2}   # part event_loops: 1 loop, then nproc loops, this many times
MAVEN_FLAGS=${BENCH_MAVEN_FLAGS:-}        # e.g. -o on a machine without network
# The JVM options of bin/momo-sim (and the image), for the parts momo_sim and baseline; set
# BENCH_SIM_JAVA_OPTS= (empty) for the JVM's defaults, BENCH_BASELINE_JAVA_OPTS for the baseline jar's.
SIM_JAVA_OPTS=${BENCH_SIM_JAVA_OPTS-$(sed -n "s/^default_java_opts='\(.*\)'$/\1/p" "$REPO/bin/momo-sim")}
BASELINE_JAVA_OPTS=${BENCH_BASELINE_JAVA_OPTS-$SIM_JAVA_OPTS}
WIREMOCK_VERSION=3.13.2
VERTX_VERSION=$(sed -n 's:.*<vertx.version>\(.*\)</vertx.version>.*:\1:p' "$REPO/pom.xml" | head -1)
PRISM_VERSION=5.14.2

SUBSCRIPTION_KEY=0c011ec7000000000000000000000001
API_USER=c0111ec7-0000-4000-8000-000000000001
API_KEY=c011ec7a000000000000000000000001
BASE=http://127.0.0.1:$PORT

SIM_JAR=$REPO/cli/target/momo-sim.jar
BENCH_JAR=$BENCH/target/momo-sim-bench.jar
WIREMOCK_JAR=$WORK/wiremock-standalone-$WIREMOCK_VERSION.jar
HTTP_PROXY_JAR=$WORK/vertx-http-proxy-$VERTX_VERSION.jar     # the round-robin forwarder's (part shared)
PRISM=$WORK/node_modules/.bin/prism

STARTED=()
SERVER_PID=

log() { printf '[bench %4ds] %s\n' "$SECONDS" "$*" >&2; }

cleanup() {
  for pid in "${STARTED[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  if [ -n "${PG_DIR:-}" ]; then pg_stop; fi
}
trap cleanup EXIT

json_str() {
  local s=$1
  s=${s//\\/\\\\}; s=${s//\"/\\\"}; s=${s//$'\n'/\\n}; s=${s//$'\r'/}; s=${s//$'\t'/ }
  printf '"%s"' "$s"
}

record() { printf '%s\n' "$1" >>"$RESULTS"; }
note() { log "NOTE: $1"; record "{\"kind\":\"note\",\"text\":$(json_str "$1")}"; }

# ---------------------------------------------------------------------------------------------------
# Installing and building

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  log "installing $* (apt-get)"
  as_root apt-get -o DPkg::Lock::Timeout=300 install -y -q "$@" >/dev/null 2>&1 \
    || { as_root apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null && \
         as_root apt-get -o DPkg::Lock::Timeout=300 install -y -q "$@" >/dev/null; }
}

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v curl >/dev/null || missing+=(curl)
  command -v mvn >/dev/null || missing+=(maven)
  command -v java >/dev/null || missing+=(openjdk-17-jdk-headless)
  if [ ${#missing[@]} -gt 0 ]; then apt_install "${missing[@]}"; fi
  mkdir -p "$WORK"
  if [ ! -f "$WIREMOCK_JAR" ]; then
    log "fetching WireMock standalone $WIREMOCK_VERSION from Maven Central"
    (cd "$REPO" && mvn -B -ntp -q $MAVEN_FLAGS dependency:copy \
      -Dartifact=org.wiremock:wiremock-standalone:$WIREMOCK_VERSION -DoutputDirectory="$WORK") >&2
  fi
  if [[ " $PARTS " == *" shared "* ]]; then
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || apt_install postgresql
    if [ ! -f "$HTTP_PROXY_JAR" ]; then
      log "fetching vertx-http-proxy $VERTX_VERSION from Maven Central"
      (cd "$REPO" && mvn -B -ntp -q $MAVEN_FLAGS dependency:copy \
        -Dartifact=io.vertx:vertx-http-proxy:$VERTX_VERSION -DoutputDirectory="$WORK") >&2
    fi
  fi
  PRISM_SKIP=
  if [ ! -f "$SPEC" ]; then
    PRISM_SKIP="Prism skipped: the spec $SPEC is absent (expected docs/spec/ in the repository)"
    return
  fi
  if ! command -v npm >/dev/null; then apt_install nodejs npm || true; fi
  if ! command -v npm >/dev/null; then
    PRISM_SKIP="Prism skipped: node/npm could not be installed"
    return
  fi
  if [ ! -x "$PRISM" ]; then
    log "installing @stoplight/prism-cli@$PRISM_VERSION (npm)"
    npm install --prefix "$WORK" --no-audit --no-fund --loglevel=error \
      "@stoplight/prism-cli@$PRISM_VERSION" >/dev/null || PRISM_SKIP="Prism skipped: npm install failed"
  fi
}

build() {
  log "building the simulator jar and bench programs (mvn package -pl cli,bench -am)"
  (cd "$REPO" && mvn -B -ntp -q $MAVEN_FLAGS -pl cli,bench -am package -DskipTests) >&2
}

# ---------------------------------------------------------------------------------------------------
# Servers

# launch LOG COMMAND...: starts a server in the background, its output to LOG; its pid is in SERVER_PID.
launch() {
  local output=$1
  shift
  "$@" >"$output" 2>&1 &
  SERVER_PID=$!
  STARTED+=("$SERVER_PID")
}

stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

rss_kb() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

probe_ok() { # probe_ok KIND: exit 0 once the server gives its first OK answer
  local code
  case $1 in
    token) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -X POST -u "$API_USER:$API_KEY" \
             -H "Ocp-Apim-Subscription-Key: $SUBSCRIPTION_KEY" -H 'Content-Length: 0' "$BASE/collection/token/" || true) ;;
    status) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 -H "Authorization: Bearer x" \
             -H 'X-Target-Environment: sandbox' -H "Ocp-Apim-Subscription-Key: $SUBSCRIPTION_KEY" \
             "$BASE/collection/v1_0/requesttopay/$(cat /proc/sys/kernel/random/uuid)" || true) ;;
    root) code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/" || true) ;;
  esac
  [ "$code" = 200 ]
}

# wait_ok KIND PID: polls every 5 ms until the first OK answer; prints milliseconds since LAUNCHED_AT.
wait_ok() {
  local deadline=$((SECONDS + 90))
  until probe_ok "$1"; do
    if ! kill -0 "$2" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
      log "server $2 did not answer $1 (see $RUN/*.err)"
      return 1
    fi
    sleep 0.005
  done
  echo $(( ($(date +%s%N) - LAUNCHED_AT) / 1000000 ))
}

# startup TARGET PROBE COMMAND...: launch to first OK answer, STARTUP_RUNS times; records the median.
startup() {
  local target=$1 probe=$2 runs=() ms
  shift 2
  for _ in $(seq "$STARTUP_RUNS"); do
    LAUNCHED_AT=$(date +%s%N)
    launch /dev/null "$@"
    ms=$(wait_ok "$probe" "$SERVER_PID")
    stop "$SERVER_PID"
    runs+=("$ms")
  done
  local median
  median=$(printf '%s\n' "${runs[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}')
  local list; list=$(IFS=,; echo "${runs[*]}")
  log "startup $target: median ${median} ms (runs: $list)"
  record "{\"kind\":\"startup\",\"target\":$(json_str "$target"),\"probe\":$(json_str "first $probe 200"),\"runsMillis\":[$list],\"medianMillis\":$median}"
}

wrk_json() { # wrk_json DURATION SCRIPT: runs wrk, prints the BENCH_JSON line of bench/lua/common.lua
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${1}s" --timeout 5s -s "$LUA/$2.lua" "$BASE" \
    | sed -n 's/^BENCH_JSON //p'
}

# User + system time of the server: the process SERVER_PID, or where CPU_PIDS is set (part shared)
# those processes and every child of CPU_PARENT (the PostgreSQL backends), as they are at the call.
cpu_ticks() {
  local pids=${CPU_PIDS:-$1}
  if [ -n "${CPU_PARENT:-}" ]; then pids="$pids $(pgrep -P "$CPU_PARENT" | tr '\n' ' ')"; fi
  local pid total=0
  for pid in $pids; do
    total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

# measure TARGET SCENARIO: warm-up, then one measurement of SERVER_PID; besides wrk's numbers it records
# the server's CPU time per request (robust when other work shares the machine) and the load average.
measure() {
  local target=$1 scenario=$2 line cpu0 cpu1 cpu_us load
  wrk_json "$WARMUP" "$scenario" >/dev/null
  cpu0=$(cpu_ticks "$SERVER_PID")
  line=$(wrk_json "$DURATION" "$scenario")
  cpu1=$(cpu_ticks "$SERVER_PID")
  load=$(cut -d' ' -f1 /proc/loadavg)
  [ -n "$line" ] || { log "wrk gave no result for $target $scenario"; return 1; }
  cpu_us=$(awk -v t=$((cpu1 - cpu0)) -v hz="$(getconf CLK_TCK)" -v n="$(sed -E 's/.*"requests":([0-9]+).*/\1/' <<<"$line")" \
    'BEGIN {printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0)}')
  record "{\"kind\":\"load\",\"target\":$(json_str "$target"),\"scenario\":\"$scenario\",\"serverCpuMicrosPerRequest\":$cpu_us,\"loadAverage\":$load,\"wrk\":$line}"
  log "$(printf '%-42s %-13s %s  server CPU %s us/req  load %s' "$target" "$scenario" \
    "$(sed -E 's/.*"requestsPerSecond":([0-9.]+).*"p50Millis":([0-9.]+).*"p99Millis":([0-9.]+).*"status":([0-9]+).*/\1 req\/s  p50 \2 ms  p99 \3 ms  non-2xx \4/' <<<"$line")" "$cpu_us" "$load")"
}

rss_record() { # rss_record TARGET START_KB PID
  record "{\"kind\":\"rss\",\"target\":$(json_str "$1"),\"startKb\":$2,\"afterLoadKb\":$(rss_kb "$3")}"
}

# Sets BENCH_TOKEN and BENCH_STATUS_REF (one existing request-to-pay) for the Lua scripts.
momo_session_state() {
  BENCH_TOKEN=$(curl -s -X POST -u "$API_USER:$API_KEY" -H "Ocp-Apim-Subscription-Key: $SUBSCRIPTION_KEY" \
    -H 'Content-Length: 0' "$BASE/collection/token/" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  BENCH_STATUS_REF=$(cat /proc/sys/kernel/random/uuid)
  local code
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $BENCH_TOKEN" \
    -H "X-Reference-Id: $BENCH_STATUS_REF" -H 'X-Target-Environment: sandbox' \
    -H "Ocp-Apim-Subscription-Key: $SUBSCRIPTION_KEY" -H 'Content-Type: application/json' \
    -d '{"amount":"100","currency":"EUR","externalId":"bench","payer":{"partyIdType":"MSISDN","partyId":"256770000001"},"payerMessage":"bench","payeeNote":"bench"}' \
    "$BASE/collection/v1_0/requesttopay")
  [ "$code" = 202 ] || { log "could not create the status request-to-pay: HTTP $code"; return 1; }
  export BENCH_TOKEN BENCH_STATUS_REF
}

# load_session TARGET PROBE jvm|other SCENARIOS LOG COMMAND...: one server, warmed once, every scenario.
load_session() {
  local target=$1 probe=$2 jvm=$3 scenarios=$4 output=$5 start_kb
  shift 5
  LAUNCHED_AT=$(date +%s%N)
  launch "$output" "$@"
  wait_ok "$probe" "$SERVER_PID" >/dev/null
  start_kb=$(rss_kb "$SERVER_PID")
  if [ "$probe" = token ]; then momo_session_state; fi   # a token and a payment for the warm-up
  local warm=$WARMUP
  if [ "$jvm" = jvm ]; then warm=$JVM_WARMUP; fi
  log "$target: warming up ${warm}s"
  if [ "$scenarios" = status ]; then wrk_json "$warm" status >/dev/null; else wrk_json "$warm" flow >/dev/null; fi
  for scenario in $scenarios; do
    # A fresh payment to read: the simulator's retention cap may have dropped an older one by now.
    if [ "$probe" = token ]; then momo_session_state; fi
    measure "$target" "$scenario"
  done
  rss_record "$target" "$start_kb" "$SERVER_PID"
  stop "$SERVER_PID"
}

# ---------------------------------------------------------------------------------------------------
# The parts of the run

revision() {
  local rev
  rev=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
  if [ -n "$(git -C "$REPO" status --porcelain -- simulator client cli 2>/dev/null)" ]; then rev="$rev + uncommitted changes"; fi
  echo "$rev"
}

machine() {
  local java_version wrk_version node_version
  java_version=$(java -version 2>&1)
  wrk_version=$(wrk -v 2>&1 | head -1 || true)
  node_version=$(node --version 2>/dev/null || echo none)
  record "{\"kind\":\"machine\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"command\":\"bench/run.sh\",\
\"nproc\":$(nproc),\"cpu\":$(json_str "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"),\
\"memory\":$(json_str "$(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo)"),\
\"kernel\":$(json_str "$(uname -sr)"),\"revision\":$(json_str "$(revision)"),\"loadBefore\":$(json_str "$(cut -d' ' -f1-3 /proc/loadavg)"),\"java\":$(json_str "$java_version"),\"wrk\":$(json_str "$wrk_version"),\
\"node\":$(json_str "$node_version"),\"settings\":{\"threads\":$THREADS,\"connections\":$CONNECTIONS,\
\"durationSeconds\":$DURATION,\"warmupSeconds\":$WARMUP,\"jvmWarmupSeconds\":$JVM_WARMUP,\
\"startupRuns\":$STARTUP_RUNS}}"
}

write_configs() {
  echo '{"journal":{"enabled":true}}' >"$RUN/journal-on.json"
  echo '{"journal":{"enabled":false}}' >"$RUN/journal-off.json"
  # The request log (one INFO line per request) off: the setting, not a logging level (the log's
  # logger is dev.momosim.simulator, which also carries warnings).
  echo '{"journal":{"enabled":false},"log":{"requests":false}}' >"$RUN/journal-log-off.json"
  rm -rf "$RUN/wiremock" && mkdir -p "$RUN/wiremock/__files" && cp -r "$BENCH/wiremock/mappings" "$RUN/wiremock/"
}

# flat: how the cost of a request grows with what the simulator holds (issue 19): 1,000 against
# 1,000,000 stored transactions, the sandbox rules against 1,000 more in front of them, no listener
# against 50 reading the event stream. One JVM per row, journal and request log off; status GET is
# measured first, then request-to-pay (which adds its own payments as it runs).
flat() {
  local stored_config=$RUN/flat-stored.json rules_config=$RUN/flat-rules.json
  echo '{"journal":{"enabled":false},"log":{"requests":false},"retention":{"maxTransactions":3000000}}' >"$stored_config"
  {
    printf '{"journal":{"enabled":false},"log":{"requests":false},"retention":{"maxTransactions":3000000},"rules":['
    for i in $(seq 1 1000); do
      [ "$i" -gt 1 ] && printf ','
      printf '{"name":"never %d","match":{"partyId":"%012d"},"outcome":{"status":"FAILED"}}' "$i" "$((990000000000 + i))"
    done
    printf ']}\n'
  } >"$rules_config"
  flat_row "momo-sim, 1,000 stored" "$stored_config" 1000 0
  flat_row "momo-sim, 1,000,000 stored" "$stored_config" 1000000 0
  flat_row "momo-sim, 1,000 rules more" "$rules_config" 1000 0
  flat_row "momo-sim, 50 reading listeners" "$stored_config" 1000 50
  local line=
  line="$line 1,000,000 stored against 1,000: status $(ratio "momo-sim, 1,000,000 stored" "momo-sim, 1,000 stored" status), request-to-pay $(ratio "momo-sim, 1,000,000 stored" "momo-sim, 1,000 stored" requesttopay);"
  line="$line 1,000 rules more: status $(ratio "momo-sim, 1,000 rules more" "momo-sim, 1,000 stored" status), request-to-pay $(ratio "momo-sim, 1,000 rules more" "momo-sim, 1,000 stored" requesttopay);"
  line="$line 50 reading listeners: status $(ratio "momo-sim, 50 reading listeners" "momo-sim, 1,000 stored" status), request-to-pay $(ratio "momo-sim, 50 reading listeners" "momo-sim, 1,000 stored" requesttopay)"
  note "Flat costs (issue 19), req/s as a share of the same simulator holding 1,000 transactions:$line."
}

# flat_row TARGET CONFIG STORED LISTENERS: one simulator filled with STORED request-to-pays, with
# LISTENERS clients reading /_sim/events, measured on status GET and request-to-pay.
flat_row() {
  local target=$1 config=$2 stored=$3 listeners=$4 readers=() pid
  LAUNCHED_AT=$(date +%s%N)
  launch /dev/null java -jar "$SIM_JAR" serve --port "$PORT" --config "$config"
  wait_ok token "$SERVER_PID" >/dev/null
  momo_session_state
  fill_to "$stored"
  for _ in $(seq 1 "$listeners"); do
    curl -s -N "$BASE/_sim/events" >/dev/null 2>&1 &
    readers+=($!)
  done
  log "$target: $(stored_count) stored, $listeners listeners; warming up ${JVM_WARMUP}s"
  wrk_json "$JVM_WARMUP" status >/dev/null
  for scenario in status requesttopay; do
    momo_session_state
    measure "$target" "$scenario"
  done
  for pid in "${readers[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop "$SERVER_PID"
}

stored_count() { # how many transactions the default tenant keeps now
  curl -s "$BASE/_sim/tenants" | sed -E 's/^[^]]*"id":"default"[^}]*"transactions":([0-9]+).*/\1/'
}

fill_to() { # fill_to N: request-to-pays until the simulator keeps at least N transactions
  local want=$1 have
  have=$(stored_count)
  while [ "$have" -lt "$want" ]; do
    if [ $((want - have)) -gt 20000 ]; then
      wrk_json 5 requesttopay >/dev/null
    else
      seq 1 $((want - have)) | xargs -P 8 -I{} sh -c 'curl -s -o /dev/null -X POST -H "Authorization: Bearer $BENCH_TOKEN" \
        -H "X-Reference-Id: $(cat /proc/sys/kernel/random/uuid)" -H "X-Target-Environment: sandbox" \
        -H "Ocp-Apim-Subscription-Key: '"$SUBSCRIPTION_KEY"'" -H "Content-Type: application/json" \
        -d "{\"amount\":\"1\",\"currency\":\"EUR\",\"externalId\":\"fill\",\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"256770000001\"},\"payerMessage\":\"f\",\"payeeNote\":\"f\"}" \
        '"$BASE"'/collection/v1_0/requesttopay'
    fi
    have=$(stored_count)
  done
}

# startup_cds: launch to first token as bin/momo-sim starts it, with its class-data archive (AppCDS),
# made first by one run of bin/momo-sim (its training, once per jar).
startup_cds() {
  "$REPO/bin/momo-sim" --version >/dev/null
  startup "momo-sim, bin/momo-sim with AppCDS" token "$REPO/bin/momo-sim" serve --port "$PORT"
}

# startup: the start-up rows alone (ceiling, the jar, bin/momo-sim with AppCDS), for a quick run.
startup_only() {
  startup ceiling root java -cp "$BENCH_JAR" dev.momosim.bench.CeilingServer "$PORT"
  if [ -n "$BASELINE_JAR" ]; then
    startup "baseline jar" token java -jar "$BASELINE_JAR" serve --port "$PORT"
  fi
  startup momo-sim token java -jar "$SIM_JAR" serve --port "$PORT"
  startup_cds
}

ceiling() {
  local cmd=(java -cp "$BENCH_JAR" dev.momosim.bench.CeilingServer "$PORT")
  startup ceiling root "${cmd[@]}"
  load_session ceiling root jvm status /dev/null "${cmd[@]}"
}

momo_sim() {
  startup momo-sim token java -jar "$SIM_JAR" serve --port "$PORT"
  startup_cds
  # Under load the simulator runs as bin/momo-sim and the image run it, with their JVM options
  # (SIM_JAVA_OPTS). The request log goes to /dev/null: its formatting and writing are measured, the
  # disk is not.
  # shellcheck disable=SC2206 # the options are meant to split into words
  local sim=(java $SIM_JAVA_OPTS -jar "$SIM_JAR" serve --port "$PORT")
  note "momo-sim's load rows run with the JVM options of bin/momo-sim: ${SIM_JAVA_OPTS:-none}."
  load_session "momo-sim, journal on" token jvm "status requesttopay flow token" /dev/null \
    "${sim[@]}" --config "$RUN/journal-on.json"
  load_session "momo-sim, journal off" token jvm "status requesttopay flow token" /dev/null \
    "${sim[@]}" --config "$RUN/journal-off.json"
  load_session "momo-sim, journal off, request log off" token jvm "status requesttopay" /dev/null \
    "${sim[@]}" --config "$RUN/journal-log-off.json"
}

# A before/after check of a change (docs/performance.md): BENCH_BASELINE_JAR, an older momo-sim jar,
# and this one, journal off, alternating server by server for BASELINE_ROUNDS rounds, so that the
# machine's drift during the run falls on both alike. Compare rows of the same round.
baseline() {
  if [ -z "$BASELINE_JAR" ] || [ ! -f "$BASELINE_JAR" ]; then
    log "the part baseline needs BENCH_BASELINE_JAR, the path of an older momo-sim jar"
    exit 2
  fi
  local round
  note "Part baseline: the baseline jar runs with JVM options '${BASELINE_JAVA_OPTS}', this one with '${SIM_JAVA_OPTS}'."
  for round in $(seq 1 "$BASELINE_ROUNDS"); do
    # shellcheck disable=SC2086 # the options are meant to split into words
    load_session "baseline jar, round $round" token jvm "status requesttopay" /dev/null \
      java $BASELINE_JAVA_OPTS -jar "$BASELINE_JAR" serve --port "$PORT" --config "$RUN/journal-off.json"
    # shellcheck disable=SC2086
    load_session "momo-sim, round $round" token jvm "status requesttopay" /dev/null \
      java $SIM_JAVA_OPTS -jar "$SIM_JAR" serve --port "$PORT" --config "$RUN/journal-off.json"
  done
}

# event_loops (issue 19): the same simulator answering on one event loop, then on one per processor
# (--event-loops), journal and request log off, alternating for EVENT_LOOP_ROUNDS rounds so that the
# machine's drift falls on both alike; status GET and request-to-pay. wrk shares the cores.
event_loops() {
  local loops round
  loops=$(nproc)
  local sim=(java -Djava.util.logging.config.file="$RUN/request-log-off.properties" -jar "$SIM_JAR"
    serve --port "$PORT" --config "$RUN/journal-off.json")
  for round in $(seq 1 "$EVENT_LOOP_ROUNDS"); do
    load_session "momo-sim, --event-loops 1, round $round" token jvm "status requesttopay" /dev/null \
      "${sim[@]}" --event-loops 1
    load_session "momo-sim, --event-loops $loops, round $round" token jvm "status requesttopay" /dev/null \
      "${sim[@]}" --event-loops "$loops"
    note "event loops, round $round: $loops loops / 1 loop: status $(ratio "momo-sim, --event-loops $loops, round $round" "momo-sim, --event-loops 1, round $round" status), request-to-pay $(ratio "momo-sim, --event-loops $loops, round $round" "momo-sim, --event-loops 1, round $round" requesttopay) (nproc $loops)"
  done
}

# The cost of --data-dir (docs/state.md): the same server in memory, then keeping its state durably at
# each level, one after the other in this run.
durable() {
  local sim=(java -jar "$SIM_JAR" serve --port "$PORT" --config "$RUN/journal-on.json")
  load_session "momo-sim, in memory (data-dir baseline)" token jvm "requesttopay status" /dev/null "${sim[@]}"
  rm -rf "$RUN/data-process" "$RUN/data-fsync"
  load_session "momo-sim, --data-dir, durability process" token jvm "requesttopay status" /dev/null \
    "${sim[@]}" --data-dir "$RUN/data-process"
  load_session "momo-sim, --data-dir, durability fsync" token jvm "requesttopay status" /dev/null \
    "${sim[@]}" --data-dir "$RUN/data-fsync" --durability fsync
  record "{\"kind\":\"dataDir\",\"processBytes\":$(du -sb "$RUN/data-process" | cut -f1),\"fsyncBytes\":$(du -sb "$RUN/data-fsync" | cut -f1)}"
}

# The cost of a shared simulator (issue 14, docs/performance.md): request-to-pay and status GET
# against one in-memory simulator, directly and behind the round-robin forwarder (one origin), then
# against three instances on one PostgreSQL behind the same forwarder (each request to the next
# instance), in one run. The forwarder is the tests' (simulator test-jar, vertx-http-proxy); its
# own CPU is not counted as the server's. The PostgreSQL cluster is a throwaway one, fsync on.
shared() {
  local cp="$REPO/simulator/target/$(cd "$REPO/simulator/target" && ls momo-sim-simulator-*-tests.jar | head -1)"
  cp="$cp:$HTTP_PROXY_JAR:$BENCH_JAR"
  local forwarder=(java -cp "$cp" dev.momosim.simulator.shared.RoundRobinForwarder "$PORT")
  local sim=(java -jar "$SIM_JAR" serve --config "$RUN/journal-on.json")
  local memory="momo-sim, in memory (shared baseline)"
  local behind="momo-sim, in memory, behind the forwarder"
  local three="momo-sim, 3 instances on PostgreSQL, behind the forwarder"
  load_session "$memory" token jvm "requesttopay status" /dev/null "${sim[@]}" --port "$PORT"

  local origins=() pids=() port
  launch "$RUN/shared-memory.log" "${sim[@]}" --port $((PORT + 1))
  pids=("$SERVER_PID")
  CPU_PIDS="${pids[*]}" load_session "$behind" token jvm "requesttopay status" /dev/null \
    "${forwarder[@]}" "http://127.0.0.1:$((PORT + 1))"
  stop "${pids[0]}"

  pg_start
  local one="momo-sim, 1 instance on PostgreSQL"
  CPU_PARENT=$PG_PID load_session "$one" token jvm "requesttopay status" /dev/null \
    "${sim[@]}" --port "$PORT" --database-url "$DATABASE_URL"
  pids=()
  for port in $((PORT + 1)) $((PORT + 2)) $((PORT + 3)); do
    launch "$RUN/shared-$port.log" "${sim[@]}" --port "$port" --database-url "$DATABASE_URL"
    pids+=("$SERVER_PID")
    origins+=("http://127.0.0.1:$port")
  done
  # Every instance answers before the forwarder sends it anything (they migrate one after another).
  local origin deadline=$((SECONDS + 60))
  for origin in "${origins[@]}"; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "$origin/_sim/health")" = 200 ]; do
      if [ $SECONDS -gt $deadline ]; then log "$origin did not answer (see $RUN/shared-*.log)"; return 1; fi
      sleep 0.05
    done
  done
  CPU_PIDS="${pids[*]}" CPU_PARENT=$PG_PID load_session "$three" token jvm "requesttopay status" \
    /dev/null "${forwarder[@]}" "${origins[@]}"
  local pid
  for pid in "${pids[@]}"; do stop "$pid"; done
  pg_stop

  local scenario line=
  for scenario in requesttopay status; do
    line="$line $scenario: $(ratio "$three" "$behind" "$scenario") of the in-memory simulator behind the forwarder, $(ratio "$three" "$memory" "$scenario") of it reached directly;"
  done
  note "Shared simulator, req/s of three instances on PostgreSQL (journal on) as a share of one in-memory instance:${line%;}. One instance on PostgreSQL, reached directly: requesttopay $(ratio "$one" "$memory" requesttopay), status $(ratio "$one" "$memory" status) of the in-memory one. Server CPU counts the instances and the PostgreSQL backends."
}

# ratio TARGET BASE SCENARIO: TARGET's req/s over BASE's in this run, e.g. 0.42x.
ratio() {
  local a b
  a=$(rps_of "$1" "$3")
  b=$(rps_of "$2" "$3")
  awk -v a="$a" -v b="$b" 'BEGIN {if (a > 0 && b > 0) printf "%.2fx", a / b; else printf "n/a"}'
}

rps_of() { # rps_of TARGET SCENARIO: requests per second recorded for it in this run
  grep -F "\"target\":$(json_str "$1"),\"scenario\":\"$2\"" "$RESULTS" | head -1 \
    | sed -E 's/.*"requestsPerSecond":([0-9.]+).*/\1/'
}

# A throwaway PostgreSQL cluster on a free port above the simulators'; DATABASE_URL and PG_PID set.
# initdb refuses root: as root it runs as the postgres user.
pg_start() {
  local bin as=()
  bin=$(dirname "$(compgen -G '/usr/lib/postgresql/*/bin/initdb' | sort -V | tail -1)")
  if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi
  PG_DIR=$RUN/postgres
  rm -rf "$PG_DIR" && mkdir -p "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; fi
  local pg_port=$((PORT + 10))
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U momo --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w start -o \
    "-c listen_addresses=127.0.0.1 -c port=$pg_port -c unix_socket_directories=$PG_DIR -c max_connections=300" >/dev/null
  "${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U momo momo
  PG_PID=$(head -1 "$PG_DIR/data/postmaster.pid")
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" stop -m fast -w)
  DATABASE_URL=postgresql://momo@127.0.0.1:$pg_port/momo
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $NF}') on port $pg_port (pid $PG_PID)"
}

pg_stop() {
  "${PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=
}

wiremock() {
  local wm=(java -jar "$WIREMOCK_JAR" --port "$PORT" --bind-address 127.0.0.1 --root-dir "$RUN/wiremock"
    --disable-banner)
  startup WireMock status "${wm[@]}"
  load_session "WireMock, journal on" status jvm "status requesttopay flow token" "$RUN/wiremock.log" \
    "${wm[@]}"
  load_session "WireMock, journal off" status jvm "status requesttopay flow token" "$RUN/wiremock.log" \
    "${wm[@]}" --no-request-journal
}

prism() {
  if [ -n "$PRISM_SKIP" ]; then note "$PRISM_SKIP"; return; fi
  node "$BENCH/prism-spec.js" "$SPEC" "$RUN/prism-collection.json" >&2
  note "Prism mocks a copy of $(basename "$SPEC") made by bench/prism-spec.js: paths under /collection (the server URL's path, which Prism ignores) and response contents keyed by non-media-type names dropped (Prism 5.14.2 dies with 'TypeError: invalid media type' on the status path otherwise). Prism's per-request log goes to /dev/null."
  local pr=(node "$PRISM" mock -h 127.0.0.1 -p "$PORT" "$RUN/prism-collection.json")
  startup Prism status "${pr[@]}"
  load_session Prism status node "status requesttopay flow token" /dev/null "${pr[@]}"
}

store_memory() {
  log "heap per stored transaction: $STORE_COUNT request-to-pays"
  local line
  line=$(java -Xmx4g -XX:+UseParallelGC -cp "$BENCH_JAR" dev.momosim.bench.StoreMemoryBench "$STORE_COUNT")
  record "{\"kind\":\"store\",${line#\{}"
  log "store: $line"
}

client() {
  if [ ! -f "$REPO/client/src/main/java/dev/momosim/client/MomoClient.java" ]; then
    record '{"kind":"client","pending":"the client module has no MomoClient yet"}'
    log "client benchmark: PENDING (no MomoClient in client/)"
    return
  fi
  log "client benchmark: MomoClient vs raw vertx-web-client, then 1,000 calls at token expiry"
  LAUNCHED_AT=$(date +%s%N)
  launch /dev/null java -jar "$SIM_JAR" serve --port "$PORT" --config "$RUN/journal-on.json"
  wait_ok token "$SERVER_PID" >/dev/null
  local line
  if ! line=$(java -cp "$BENCH_JAR" dev.momosim.bench.ClientBench "$BASE" 3 "$CONNECTIONS" 2>"$RUN/client.err"); then
    stop "$SERVER_PID"
    log "client benchmark failed: see $RUN/client.err"
    record "{\"kind\":\"client\",\"pending\":$(json_str "ClientBench failed: $(tail -3 "$RUN/client.err")")}"
    return
  fi
  stop "$SERVER_PID"
  record "{\"kind\":\"client\",${line#\{}"
  log "client: $line"
}

soak() {
  if [ "$SOAK_SECONDS" -le 0 ]; then
    note "Soak skipped (BENCH_SOAK_SECONDS=0). BENCH_SOAK_SECONDS=600 runs request-to-pay POSTs for that long against momo-sim (journal off) and samples RSS every 30 s."
    return
  fi
  log "soak: request-to-pay POSTs for ${SOAK_SECONDS}s"
  LAUNCHED_AT=$(date +%s%N)
  launch /dev/null java -jar "$SIM_JAR" serve --port "$PORT" --config "$RUN/journal-off.json"
  local pid=$SERVER_PID samples=() wrk_pid
  wait_ok token "$pid" >/dev/null
  momo_session_state
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SOAK_SECONDS}s" -s "$LUA/requesttopay.lua" "$BASE" >/dev/null &
  wrk_pid=$!
  STARTED+=("$wrk_pid")
  local elapsed=0
  while kill -0 "$wrk_pid" 2>/dev/null; do
    samples+=("$(rss_kb "$pid")")
    sleep 30
    elapsed=$((elapsed + 30))
  done
  wait "$wrk_pid" || true
  stop "$pid"
  local n=${#samples[@]} quarter last
  quarter=${samples[$((n / 4))]}
  last=${samples[$((n - 1))]}
  local flat=false
  if [ "$last" -le $((quarter * 11 / 10)) ]; then flat=true; fi
  record "{\"kind\":\"soak\",\"seconds\":$SOAK_SECONDS,\"rssKb\":[$(IFS=,; echo "${samples[*]}")],\"flat\":$flat,\
\"summary\":\"RSS $((quarter / 1024)) MB at a quarter, $((last / 1024)) MB at the end\"}"
}

# ---------------------------------------------------------------------------------------------------

main() {
  install_tools
  build
  rm -rf "$RUN" && mkdir -p "$RUN" "$BENCH/results"
  : >"$RESULTS"
  export BENCH_LUA=$LUA BENCH_SUBSCRIPTION_KEY=$SUBSCRIPTION_KEY
  BENCH_BASIC=$(printf '%s' "$API_USER:$API_KEY" | base64 | tr -d '\n')
  export BENCH_BASIC
  # Peers ignore the token; momo-sim sessions replace both with real ones.
  BENCH_TOKEN=bench BENCH_STATUS_REF=$(cat /proc/sys/kernel/random/uuid)
  export BENCH_TOKEN BENCH_STATUS_REF
  if curl -s -o /dev/null "$BASE/"; then
    log "port $PORT is in use: set BENCH_PORT to a free port"
    exit 1
  fi
  machine
  write_configs
  for part in $PARTS; do
    case $part in
      ceiling|momo_sim|event_loops|durable|shared|baseline|wiremock|prism|store_memory|client|soak|flat) "$part" ;;
      startup) startup_only ;;
      *) log "unknown part $part in BENCH_PARTS"; exit 2 ;;
    esac
  done
  record "{\"kind\":\"end\",\"loadAverage\":$(json_str "$(cut -d' ' -f1-3 /proc/loadavg)")}"
  java -Djava.awt.headless=true -cp "$BENCH_JAR" dev.momosim.bench.Report "$RESULTS" \
    "$BENCH/results/latest.md" "$BENCH/results/latest.json" "$BENCH/results/latest.png"
  log "done in ${SECONDS}s: bench/results/latest.md, latest.json, latest.png"
}

main "$@"
