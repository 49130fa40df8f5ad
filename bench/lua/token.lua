-- (c) token POST with Basic credentials and an empty body (Content-Length: 0).
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local request_bytes
function init(args)
  request_bytes = wrk.format("POST", "/collection/token/", {
    ["Authorization"] = "Basic " .. common.basic,
    ["Ocp-Apim-Subscription-Key"] = common.subscription_key,
  }, "")
end
function request()
  return request_bytes
end
