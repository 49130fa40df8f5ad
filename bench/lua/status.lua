-- (a) status GET of one existing request-to-pay.
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local request_bytes
function init(args)
  request_bytes = common.status_request(common.status_ref)
end
function request()
  return request_bytes
end
