-- Shared by every bench script: MoMo headers from the environment, UUID v4 generation, and a done()
-- that prints one JSON line (prefixed BENCH_JSON) that bench/run.sh reads instead of wrk's text.
local M = {}

M.token = os.getenv("BENCH_TOKEN") or ""
M.subscription_key = os.getenv("BENCH_SUBSCRIPTION_KEY") or ""
M.basic = os.getenv("BENCH_BASIC") or ""
M.status_ref = os.getenv("BENCH_STATUS_REF") or "00000000-0000-4000-8000-000000000000"
M.body = '{"amount":"100","currency":"EUR","externalId":"bench","payer":{"partyIdType":"MSISDN",'
  .. '"partyId":"256770000001"},"payerMessage":"bench","payeeNote":"bench"}'

function M.api_headers()
  return {
    ["Authorization"] = "Bearer " .. M.token,
    ["X-Target-Environment"] = "sandbox",
    ["Ocp-Apim-Subscription-Key"] = M.subscription_key,
  }
end

-- Every wrk thread has its own Lua state; seed each one differently.
local seeded = false
function M.seed()
  if not seeded then
    local extra = tonumber(tostring({}):match("0x(%x+)") or "0", 16) or 0
    math.randomseed(os.time() * 1000 + (extra % 100000))
    seeded = true
  end
end

function M.uuid4()
  local r = math.random
  return string.format("%04x%04x-%04x-4%03x-%04x-%04x%04x%04x",
    r(0, 0xffff), r(0, 0xffff), r(0, 0xffff), r(0, 0xfff),
    0x8000 + r(0, 0x3fff), r(0, 0xffff), r(0, 0xffff), r(0, 0xffff))
end

function M.post_request()
  local headers = M.api_headers()
  headers["Content-Type"] = "application/json"
  local ref = M.uuid4()
  headers["X-Reference-Id"] = ref
  return wrk.format("POST", "/collection/v1_0/requesttopay", headers, M.body), ref
end

function M.status_request(ref)
  return wrk.format("GET", "/collection/v1_0/requesttopay/" .. ref, M.api_headers())
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationMicros":%d,"requestsPerSecond":%.1f,'
    .. '"p50Millis":%.3f,"p90Millis":%.3f,"p99Millis":%.3f,"maxMillis":%.3f,'
    .. '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\n',
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, e.connect, e.read, e.write, e.status, e.timeout))
end

return M
