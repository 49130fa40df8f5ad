#!/usr/bin/env bash
# Launch to first token: the jar (java -jar cli/target/momo-sim.jar serve) against the image
# (podman run --network host momo-sim:latest), alternately, ROUNDS times each, in one run; prints the
# median of each and their ratio, and the image's size. Needs bin/build-image run first and podman.
#
#   bench/container-start.sh [ROUNDS]        (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-5}
engine=${MOMO_SIM_ENGINE:-podman}
jar=cli/target/momo-sim.jar
[ -f "$jar" ] || { echo "bench/container-start.sh: $jar is missing (mvn -pl cli -am package)" >&2; exit 1; }
"$engine" image inspect momo-sim:latest >/dev/null 2>&1 \
  || { echo "bench/container-start.sh: no momo-sim:latest in $engine (bin/build-image)" >&2; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# first_token PORT START: milliseconds from START (date +%s%N) until POST /collection/token/ answers
# 200 (60 s at most).
first_token() {
  local port=$1 start=$2 code
  for _ in $(seq 1 3000); do
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$port/collection/token/" \
      -u c0111ec7-0000-4000-8000-000000000001:c011ec7a000000000000000000000001 \
      -H 'Ocp-Apim-Subscription-Key: 0c011ec7000000000000000000000001' || true)
    if [ "$code" = 200 ]; then echo $(( ($(date +%s%N) - start) / 1000000 )); return 0; fi
    sleep 0.02
  done
  echo "no token within 60 s on port $port" >&2
  return 1
}

jar_run() {
  local port pid ms start
  port=$(free_port)
  start=$(date +%s%N)
  java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$jar" serve --port "$port" >/dev/null 2>&1 &
  pid=$!
  ms=$(first_token "$port" "$start")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}

image_run() {
  local port name ms start
  port=$(free_port)
  name=momo-sim-bench-$$-$port
  start=$(date +%s%N)
  "$engine" run -d --rm --name "$name" --network host -e MOMO_SIM_HOST=127.0.0.1 -e MOMO_SIM_PORT="$port" \
    momo-sim:latest >/dev/null 2>&1
  ms=$(first_token "$port" "$start")
  "$engine" rm -f "$name" >/dev/null 2>&1 || true
  echo "$ms"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

jar_times=()
image_times=()
for _ in $(seq 1 "$rounds"); do
  jar_times+=("$(jar_run)")
  image_times+=("$(image_run)")
done
jar_median=$(printf '%s\n' "${jar_times[@]}" | median)
image_median=$(printf '%s\n' "${image_times[@]}" | median)
size=$("$engine" image inspect --format '{{.Size}}' momo-sim:latest)
echo "launch to first token, median of $rounds (ms): jar ${jar_median} (${jar_times[*]}), image ${image_median} (${image_times[*]})"
awk -v i="$image_median" -v j="$jar_median" 'BEGIN {printf "image / jar: %.2fx\n", i / j}'
echo "image size: $((size / 1000000)) MB"
