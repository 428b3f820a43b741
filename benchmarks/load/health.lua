-- wrk script for GET /health: prints latency percentiles and the count of non-2xx answers.
function done(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000.0 end
  io.write(string.format("non-2xx/3xx: %d; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f\n",
    summary.errors.status, p(50), p(90), p(99), latency.max / 1000.0))
end
