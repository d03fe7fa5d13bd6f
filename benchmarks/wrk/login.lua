-- Login for wrk: every request logs the demo owner in (a bcrypt check and a new session), so the measure is the
-- whole authentication path: rate limits off, the answer's access token issued by the service's token generator.
-- Run through benchmarks/auth-before-after.sh.
local created = 0

function init(args)
  body = '{"email":"owner@bellahair.example","password":"cita-demo-2026"}'
  headers = {["Content-Type"] = "application/json"}
end

function request()
  return wrk.format("POST", "/v1/auth/login", headers, body)
end

function response(status, headers, body)
  if status == 200 then
    created = created + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("http login (wrk): %d requests, %d errors, %.0f logins/s, p50 %.2f ms, p99 %.2f ms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000))
end
