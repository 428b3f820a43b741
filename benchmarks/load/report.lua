-- wrk reporting shared by the load runs (used alone for GET /health, loaded by wimd.lua): latency percentiles and
-- the count of answers that were not 2xx/3xx, on one line that run-load.sh copies into its output.
function done(summary, latency, requests)
  local p = function(q) return latency:percentile(q) / 1000.0 end
  io.write(string.format("non-2xx/3xx: %d; latency ms p50 %.2f p90 %.2f p99 %.2f max %.2f\n",
    summary.errors.status, p(50), p(90), p(99), latency.max / 1000.0))
end
