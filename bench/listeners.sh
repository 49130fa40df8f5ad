#!/usr/bin/env bash
# bench/listeners.sh: API throughput (account balance GETs, wrk -t2 -c50) with 300 event-stream
# listeners that never read, as a ratio to the same run without them (issue 12: at least 80%).
set -u
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$REPO/cli/target/momo-sim.jar   # build it first: mvn -B -ntp -pl cli -am package -DskipTests
PORT=${BENCH_PORT:-18600}
cat > /tmp/listeners-cfg.json <<'J'
{"log": {"requests": false}, "events": {"maxSubscribers": 400}}
J
java -jar $JAR serve --port $PORT --config /tmp/listeners-cfg.json > /tmp/listeners-sim.out 2>/tmp/listeners-sim.err &
SIM=$!
trap 'kill $SIM 2>/dev/null; kill $HOLD 2>/dev/null' EXIT
for i in $(seq 1 100); do curl -s -o /dev/null http://127.0.0.1:$PORT/_sim/health && break; sleep 0.2; done
SUB=0c011ec7000000000000000000000001
TOKEN=$(curl -s -X POST http://127.0.0.1:$PORT/collection/token/ -u c0111ec7-0000-4000-8000-000000000001:c011ec7a000000000000000000000001 -H "Ocp-Apim-Subscription-Key: $SUB" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
run() { wrk -t2 -c50 -d${1}s -H "Authorization: Bearer $TOKEN" -H "Ocp-Apim-Subscription-Key: $SUB" -H "X-Target-Environment: sandbox" http://127.0.0.1:$PORT/collection/v1_0/account/balance | grep -E 'Requests/sec|Non-2xx|Latency'; }
echo "warm-up"; run 10 >/dev/null
echo "== no listeners"; run 10
python3 - $PORT <<'P' &
import socket,sys,time
port=int(sys.argv[1]); socks=[]
for i in range(300):
    s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
    s.connect(('127.0.0.1',port)); s.sendall(b'GET /_sim/events HTTP/1.1\r\nHost: 127.0.0.1:%d\r\n\r\n'%port); socks.append(s)
print('300 listeners connected', flush=True)
time.sleep(600)
P
HOLD=$!
for i in $(seq 1 50); do n=$(curl -s http://127.0.0.1:$PORT/_sim/events/subscribers); echo "$n" | grep -q '"subscribers":300' && break; sleep 0.2; done
echo "subscribers: $(curl -s http://127.0.0.1:$PORT/_sim/events/subscribers)"
echo "== 300 non-reading listeners, first 10 s"; run 10
echo "subscribers: $(curl -s http://127.0.0.1:$PORT/_sim/events/subscribers)"
echo "== next 10 s"; run 10
echo "subscribers: $(curl -s http://127.0.0.1:$PORT/_sim/events/subscribers)"
