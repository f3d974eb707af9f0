-- The mixed load of bin/benchmark: 90 % GETs of dashboards and lists, 10 % writes (attendance
-- marks, and completions). Arguments after "--": the CSRF token, the attendance session, its
-- learners (comma-separated), enrolments not completed as enrolment:class:version (comma-separated), the
-- completion date,
-- then the pages to read. Each thread completes its own share of the enrolments, each once, so
-- that no write is refused for being done twice; when they run out, it marks attendance.
-- Responses of 400 and over are counted as errors. As a browser does, the page a write redirects
-- to is read next (it shows the write's message once), so no flash message is left in the session.
local threads = {}

function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

local function split(text)
  local items = {}
  for item in string.gmatch(text, "[^,]+") do table.insert(items, item) end
  return items
end

function init(args)
  -- the token is Base64: its + / = must be escaped in a form body
  token = string.gsub(args[1], "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)
  session, learners, day = args[2], split(args[3]), args[5]
  enrolments = {}
  for i, enrolment in ipairs(split(args[4])) do
    if i % 2 == number then table.insert(enrolments, enrolment) end
  end
  pages = {}
  for i = 6, #args do table.insert(pages, args[i]) end
  -- a form post keeps the headers given to wrk (the session cookie)
  form = {}
  for name, value in pairs(wrk.headers) do form[name] = value end
  form["Content-Type"] = "application/x-www-form-urlencoded"
  errors, writes, redirects = 0, 0, {}
  math.randomseed(os.time() + #tostring({}))
end


function request()
  if #redirects > 0 then
    return wrk.format("GET", table.remove(redirects, 1))
  end
  if math.random() >= 0.1 then
    return wrk.format("GET", pages[math.random(#pages)])
  end
  writes = writes + 1
  if math.random() < 0.5 or #enrolments == 0 then
    local learner = learners[math.random(#learners)]
    local mark = math.random() < 0.5 and "PRESENT" or "ABSENT"
    return wrk.format("POST", "/sessions/" .. session .. "/attendance", form,
        "_csrf=" .. token .. "&mark-" .. learner .. "=" .. mark)
  end
  local enrolment, class, version = string.match(table.remove(enrolments), "(%d+):(%d+):(%d+)")
  return wrk.format("POST", "/enrollments/" .. enrolment .. "/complete", form,
      "_csrf=" .. token .. "&classId=" .. class .. "&version=" .. version .. "&on=" .. day)
end

function response(status, headers, body)
  if (status == 302 or status == 303) and headers["Location"] then
    table.insert(redirects, headers["Location"])
  end
  if status >= 400 then
    errors = errors + 1
    failed = (failed or "") .. " " .. status
  end
end

function done(summary, latency, requests)
  local errs, wrote = 0, 0
  for _, thread in ipairs(threads) do
    errs = errs + thread:get("errors")
    wrote = wrote + thread:get("writes")
  end
  local statuses = ""
  for _, thread in ipairs(threads) do statuses = statuses .. (thread:get("failed") or "") end
  io.write(string.format("mixed-errors %d\nmixed-writes %d\nmixed-failed-statuses%s\n", errs, wrote, statuses))
end
