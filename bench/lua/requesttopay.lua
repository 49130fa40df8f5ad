-- (b) request-to-pay POST with a fresh UUID v4 reference id per request.
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
function init(args)
  common.seed()
end
function request()
  common.seed()
  return (common.post_request())
end
