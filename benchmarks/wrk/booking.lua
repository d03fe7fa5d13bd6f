-- Booking create for wrk: every request books the next free 15-minute slot of the bench tenant's one resource.
-- Arguments (after --): token tenant service first-slot-epoch-seconds threads. Thread t of T books slots t, t+T,
-- t+2T... counted from the first slot, so no two requests ask for the same start.
-- Run through benchmarks/booking-vs-pgbench.sh, which prepares the tenant (LoadDriver booking-setup).
local threads = {}
local next_index = 0

function setup(thread)
  thread:set("index", next_index)
  next_index = next_index + 1
  table.insert(threads, thread)
end

function init(args)
  token, tenant, service = args[1], args[2], args[3]
  first, thread_total = tonumber(args[4]), tonumber(args[5])
  path = "/v1/tenants/" .. tenant .. "/bookings"
  headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
  step = 0
  created = 0
end

function request()
  local start = os.date("!%Y-%m-%dT%H:%M:%SZ", first + (index + thread_total * step) * 900)
  step = step + 1
  return wrk.format("POST", path, headers, string.format(
    '{"serviceId":"%s","start":"%s","client":{"firstName":"T","phone":"+34600000001"}}', service, start))
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("created")
  end
  io.write(string.format("http booking create (wrk): %d created, %d not created, %.0f bookings/s, p50 %.2f ms,"
    .. " p99 %.2f ms\n", total, summary.requests - total, total / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
