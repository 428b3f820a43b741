-- wrk script for POST /wimd: each request goes to one of the sessions listed in $SESSIONS_FILE
-- (one id per line, created by run-load.sh), rotating so that no single session's history dominates.
local sessions = {}
local prompts = {
  "I feel stuck in my current role and want to move into product management",
  "I updated my resume yesterday and sent two applications",
  "What should I do this week to get closer to a data engineering job?",
  "I am not sure whether to stay or leave; my manager is supportive but the work is dull",
}
local counter = 0

function init(args)
  local file = assert(io.open(os.getenv("SESSIONS_FILE"), "r"))
  for line in file:lines() do
    if #line > 0 then sessions[#sessions + 1] = line end
  end
  file:close()
  counter = math.random(#sessions)
end

function request()
  counter = counter + 1
  local id = sessions[(counter % #sessions) + 1]
  local prompt = prompts[(counter % #prompts) + 1]
  local body = '{"prompt":"' .. prompt .. '"}'
  return wrk.format("POST", "/wimd", {["Content-Type"] = "application/json", ["X-Session-ID"] = id}, body)
end

-- done(): the shared report, loaded from beside this script whatever the working directory.
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "report.lua")

-- Optional pacing for the ~70 % run: WIMD_DELAY_MS milliseconds between a connection's requests.
local pause = tonumber(os.getenv("WIMD_DELAY_MS") or "")
if pause and pause > 0 then
  function delay()
    return pause
  end
end
