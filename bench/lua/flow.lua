-- (d) flow mix: one request-to-pay POST, then two status GETs, over and over. wrk gives request() no
-- connection, so a GET reads a payment posted RING/2 POSTs earlier on this thread (long answered by
-- then, even in the burst of the first requests); before that it reads the pre-created payment.
local common = dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local RING = 4096
local refs = {}
local posted = 0
local n = 0
function init(args)
  common.seed()
end
function request()
  common.seed()
  n = n + 1
  if n % 3 == 1 then
    local req, ref = common.post_request()
    -- wrk may generate a thread's first request and never send it: never read that one back.
    if n > 1 then
      posted = posted + 1
      refs[posted % RING] = ref
    end
    return req
  end
  local ref = common.status_ref
  if posted > RING / 2 then
    ref = refs[(posted - RING / 2) % RING]
  end
  return common.status_request(ref)
end
