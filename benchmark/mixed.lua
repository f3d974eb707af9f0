-- The mixed load of bin/benchmark: 90 % GETs of dashboards and lists, 10 % writes (attendance
-- marks, and completions done and undone in turn). Arguments after "--": the CSRF token, the
-- attendance session, its learners (comma-separated), enrolments to complete (comma-separated),
-- the completion date, then the pages to read. Responses of 400 and over are counted as errors.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local function split(text)
  local items = {}
  for item in string.gmatch(text, "[^,]+") do table.insert(items, item) end
  return items
end

function init(args)
  token, session, learners, enrolments, day = args[1], args[2], split(args[3]), split(args[4]), args[5]
  pages = {}
  for i = 6, #args do table.insert(pages, args[i]) end
  done_by_me = {}
  errors, writes = 0, 0
  math.randomseed(os.time() + #tostring({}))
end

local form = { ["Content-Type"] = "application/x-www-form-urlencoded" }

function request()
  if math.random() >= 0.1 then
    return wrk.format("GET", pages[math.random(#pages)])
  end
  writes = writes + 1
  if math.random() < 0.5 then
    local learner = learners[math.random(#learners)]
    local mark = math.random() < 0.5 and "PRESENT" or "ABSENT"
    return wrk.format("POST", "/sessions/" .. session .. "/attendance", form,
        "_csrf=" .. token .. "&mark-" .. learner .. "=" .. mark)
  end
  local enrolment = enrolments[math.random(#enrolments)]
  if done_by_me[enrolment] then
    done_by_me[enrolment] = nil
    return wrk.format("POST", "/enrollments/" .. enrolment .. "/undo-complete", form, "_csrf=" .. token)
  end
  done_by_me[enrolment] = true
  return wrk.format("POST", "/enrollments/" .. enrolment .. "/complete", form, "_csrf=" .. token .. "&on=" .. day)
end

function response(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local errs, wrote = 0, 0
  for _, thread in ipairs(threads) do
    errs = errs + thread:get("errors")
    wrote = wrote + thread:get("writes")
  end
  io.write(string.format("mixed-errors %d\nmixed-writes %d\n", errs, wrote))
end
