// The Mosaic web UI: every feature of the API on one page. Plain DOM code; text is always set with textContent,
// never parsed as HTML, so nothing a person or the server writes can run as script.
import { ApiError, call, forgetSession, sessionId } from "./api.js";
import { drawTrend, METRICS } from "./chart.js";

const $ = (id) => document.getElementById(id);
const PIPELINE = ["saved", "applied", "interviewing", "offer", "rejected", "withdrawn"];
const versionSources = new Map(); // version id -> the text it was made from, for the side-by-side view
let opportunities = [];

function el(tag, text, className) {
  const element = document.createElement(tag);
  if (text !== undefined && text !== null) {
    element.textContent = String(text);
  }
  if (className) {
    element.className = className;
  }
  return element;
}

function show(message, kind) {
  const status = $("status");
  status.textContent = message;
  status.className = `status ${kind}`;
  status.setAttribute("role", kind === "error" ? "alert" : "status");
  status.hidden = false;
}

function clearStatus() {
  $("status").hidden = true;
}

function showSession() {
  $("session-id").textContent = sessionId() || "none yet";
}

/** Runs one user action: disables its button, reports any failure in words, never leaves a blank panel. */
async function act(button, work) {
  if (button) {
    button.disabled = true;
  }
  clearStatus();
  try {
    await work();
  } catch (error) {
    show(error instanceof ApiError ? error.message : `Something went wrong in this page: ${error.message}`, "error");
    if (error instanceof ApiError && error.code === "session_not_found") {
      resetPanels();
    }
  } finally {
    if (button) {
      button.disabled = false;
    }
    showSession();
  }
}

// ---- Coach ---------------------------------------------------------------------------------------------------

function setMetrics(metrics) {
  for (const metric of METRICS) {
    const card = document.querySelector(`.card[data-metric="${metric}"]`);
    const value = metrics ? metrics[metric] : null;
    card.querySelector(".value").textContent = value === null ? "–" : String(value);
    card.querySelector("meter").value = value === null ? 0 : value;
  }
}

function addYou(text) {
  const item = el("li", null, "you");
  item.append(el("span", "You", "who"), el("p", text, "text"));
  $("chat-log").append(item);
}

function addCoach(reply) {
  const item = el("li", null, "coach");
  item.append(el("span", "Coach", "who"), el("span", sourceLabel(reply.source), "badge"));
  if (reply.source === "care" || reply.source === "off_topic") {
    item.classList.add(reply.source === "care" ? "care" : "off-topic");
  }
  if (reply.match) {
    item.append(el("span", ` ${reply.match.tag}`, "hint"));
  }
  const resources = reply.care && Array.isArray(reply.care.resources) ? reply.care.resources : [];
  if (resources.length > 0) {
    appendCareMessage(item, reply.message, resources);
  } else {
    item.append(el("p", reply.message, "text"));
  }
  if (Array.isArray(reply.signals) && reply.signals.length > 0) {
    const list = el("ul", null, "signals");
    list.setAttribute("aria-label", "What moved the metrics");
    for (const signal of reply.signals) {
      const sign = signal.weight >= 0 ? "+" : "";
      const quoted = signal.text ? ` (“${signal.text}”)` : "";
      list.append(el("li", `${signal.metric} ${sign}${signal.weight}: ${signal.signal.replaceAll("_", " ")}${quoted}`));
    }
    item.append(list);
  }
  // A care reply carries its one caring step inside the message; it never gets a "next step" box.
  if (reply.next_step && reply.source !== "care") {
    item.append(el("p", `Next step: ${reply.next_step}`, "next"));
  }
  const options = reply.clarify && Array.isArray(reply.clarify.options) ? reply.clarify.options : [];
  if (options.length > 0) {
    item.append(optionButtons(options));
  }
  $("chat-log").append(item);
  item.scrollIntoView({ block: "nearest" });
}

/**
 * "Is this more about A or B?": one button per topic. A choice sends the option's label as the next message, which
 * the coach reads as the answer; the buttons then stand down, so an old question cannot be answered twice.
 */
function optionButtons(options) {
  const group = el("div", null, "options");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "Choose what this is about");
  for (const option of options) {
    const button = el("button", option.label, "option");
    button.type = "button";
    button.dataset.topic = option.topic;
    button.addEventListener("click", () => act(null, async () => {
      for (const other of group.querySelectorAll("button")) {
        other.disabled = true;
      }
      await sendMessage(option.label);
    }));
    group.append(button);
  }
  return group;
}

/** A crisis reply: its words as paragraphs, and the resources it names as a clear list where the message lists them. */
function appendCareMessage(item, message, resources) {
  let listed = false;
  for (const paragraph of message.split("\n")) {
    if (paragraph.startsWith("- ")) {
      if (!listed) {
        const box = el("div", null, "resources");
        box.setAttribute("role", "region");
        box.setAttribute("aria-label", "Where to get help now");
        const list = el("ul");
        for (const resource of resources) {
          const entry = el("li");
          entry.append(el("strong", resource.name), document.createTextNode(`: ${resource.contact}`));
          list.append(entry);
        }
        box.append(list);
        item.append(box);
        listed = true;
      }
    } else if (paragraph.trim()) {
      item.append(el("p", paragraph, "text"));
    }
  }
}

function sourceLabel(source) {
  return { model: "AI model", library: "prompt library", clarify: "clarifying question", guided: "guided flow",
    care: "care", off_topic: "not a career question" }[source] || source;
}

/**
 * After a care reply the metric cards and the trend step aside, so that nothing asks the person to perform; they
 * come back once the coach answers a career question with a next step again.
 */
function setCareMode(reply) {
  const coach = $("coach");
  if (reply.source === "care") {
    coach.classList.add("care-mode");
  } else if (reply.next_step && (reply.source === "library" || reply.source === "model")) {
    coach.classList.remove("care-mode");
  }
  return coach.classList.contains("care-mode");
}

function setGuided(guided) {
  const active = Boolean(guided && guided.active);
  $("guided-leave").hidden = !active;
  $("guided-start").hidden = active;
  $("guided-state").textContent = active ? "Guided flow: answer the question above, or leave it any time." : "";
}

async function refreshTrend() {
  const data = await call("GET", "/wimd/analysis");
  const points = data.history.map((turn) => turn.metrics).reverse();
  drawTrend($("trend-chart"), points);
  const caption = $("trend-caption");
  caption.replaceChildren();
  const analysis = data.analysis;
  const text = analysis
    ? `Over ${analysis.turns} messages your strongest metric is ${analysis.strongest} and the weakest is `
      + `${analysis.weakest}. ${analysis.next_step}`
    : "Your trend over this session.";
  caption.append(document.createTextNode(text));
  const legend = el("span", null, "legend");
  for (const metric of METRICS) {
    legend.append(el("span", metric, metric));
  }
  caption.append(legend);
}

const FACT_NAMES = { current_role: "Your role", target_role: "Where you want to go", years: "Years of experience",
  offer: "Offer", current_pay: "Current pay", savings: "Savings", place: "Place", date: "Date", company: "Company",
  person: "Someone in your story", feeling: "How you feel", skill: "Skill" };

/** "What Mosaic knows about you": each fact with a button that forgets it. */
async function refreshKnown(known) {
  const facts = known || (await call("GET", "/wimd/facts")).known;
  const list = $("known-list");
  list.replaceChildren();
  for (const fact of facts) {
    const item = el("li");
    item.dataset.factId = fact.id;
    item.append(el("span", FACT_NAMES[fact.kind] || fact.kind, "kind"), el("span", fact.value, "value"));
    const forget = el("button", "Forget");
    forget.type = "button";
    forget.setAttribute("aria-label", `Forget ${fact.value}`);
    forget.addEventListener("click", (event) => act(event.currentTarget, async () => {
      const left = await call("DELETE", `/wimd/facts?id=${encodeURIComponent(fact.id)}`);
      await refreshKnown(left.known);
    }));
    item.append(forget);
    list.append(item);
  }
  if (facts.length === 0) {
    list.append(el("li", "Nothing yet.", "hint"));
  }
}

async function sendMessage(prompt, context) {
  addYou(prompt);
  const body = { prompt };
  if (context) {
    body.context = context;
  }
  const reply = await call("POST", "/wimd", body);
  addCoach(reply);
  setGuided(reply.guided);
  if (!setCareMode(reply)) {
    setMetrics(reply.metrics);
    await refreshTrend();
  }
  await refreshKnown(reply.known || []);
}

// ---- Resume --------------------------------------------------------------------------------------------------

function describeUpload(file) {
  const box = $("upload-result");
  box.replaceChildren();
  box.append(el("h3", `Read ${file.filename}`));
  const facts = el("ul");
  facts.append(el("li", `${file.content_type}, ${file.size.toLocaleString()} bytes`));
  facts.append(el("li", `${file.metrics.word_count} words on ${file.metrics.line_count} lines`));
  if (file.metrics.sections.length > 0) {
    facts.append(el("li", `Sections: ${file.metrics.sections.join(", ")}`));
  }
  if (file.structure.skills.length > 0) {
    facts.append(el("li", `Skills found: ${file.structure.skills.join(", ")}`));
  }
  for (const job of file.structure.experience) {
    facts.append(el("li", `Experience: ${job.title}${job.employer ? ` at ${job.employer}` : ""}`
      + `${job.dates ? ` (${job.dates})` : ""}`));
  }
  facts.append(el("li", `Resume score: ${file.feedback.score}/100`));
  box.append(facts);
  box.append(el("p", "The text that was read is now in the editor below.", "hint"));
  box.hidden = false;
  $("resume-text").value = file.text;
}

function resumeText() {
  const text = $("resume-text").value.trim();
  if (!text) {
    throw new ApiError("Paste your resume or upload one first.", "resume_missing", 0);
  }
  return text;
}

function showFeedback(data) {
  const box = $("feedback-result");
  box.replaceChildren();
  const a = data.analysis;
  box.append(el("h3", `Feedback: ${a.score}/100`));
  box.append(el("p", `${a.word_count} words, ${a.line_count} lines.`));
  const list = el("ul");
  for (const suggestion of data.suggestions) {
    list.append(el("li", suggestion.line > 0 ? `Line ${suggestion.line}: ${suggestion.message}` : suggestion.message));
  }
  if (data.suggestions.length === 0) {
    list.append(el("li", "No suggestions: this reads well."));
  }
  box.append(list);
  box.hidden = false;
}

async function refreshVersions() {
  const data = await call("GET", "/resume/versions");
  const list = $("version-list");
  list.replaceChildren();
  for (const version of data.versions) {
    const item = el("li");
    const when = new Date(version.created_at).toLocaleString();
    const job = version.job_id ? jobName(version.job_id) : "";
    const forJob = job && !version.version_name.includes(job.split(" at ").pop()) ? ` (${job})` : "";
    item.append(el("span", `${version.version_name}${forJob} — ${when} `));
    const compare = el("button", "Compare", "secondary");
    compare.type = "button";
    compare.setAttribute("aria-label", `Compare ${version.version_name} with its source`);
    compare.addEventListener("click", () => showCompare(version));
    item.append(compare);
    list.append(item);
  }
  if (data.versions.length === 0) {
    list.append(el("li", "No versions yet.", "hint"));
  }
}

function jobName(jobId) {
  const job = opportunities.find((o) => o.job_id === jobId);
  return job ? `${job.role} at ${job.company}` : jobId;
}

function showCompare(version) {
  $("compare-source").textContent = versionSources.get(version.id) || $("resume-text").value || "(no source text)";
  $("compare-title").textContent = version.version_name;
  $("compare-version").textContent = version.content;
  $("compare").hidden = false;
  $("compare").scrollIntoView({ block: "nearest" });
}

async function makeVersion(path, body, source) {
  const data = await call("POST", path, body);
  versionSources.set(data.version_id, source);
  await refreshVersions();
  showCompare({ id: data.version_id, version_name: data.version_name, content: data.resume });
  const gaps = data.gaps && data.gaps.length > 0 ? ` Gaps to address: ${data.gaps.join(", ")}.` : "";
  show(`Saved “${data.version_name}”.${gaps}`, "info");
}

// ---- Opportunities -------------------------------------------------------------------------------------------

const SHOWN_AT_FIRST = 6;
let showAllJobs = false;

function renderJobs() {
  const list = $("job-list");
  list.replaceChildren();
  const select = $("tailor-job");
  select.replaceChildren();
  if (opportunities.length === 0) {
    select.append(el("option", "(find opportunities first)"));
  }
  opportunities.forEach((job, index) => {
    select.append(Object.assign(el("option", `${job.role} — ${job.company}`), { value: job.job_id }));
    if (index >= SHOWN_AT_FIRST && !showAllJobs) {
      return;
    }
    const item = el("li");
    item.append(el("div", `${job.role} — ${job.company}`, "title"));
    item.append(el("div", `${job.location}${job.extras.remote ? " (remote)" : ""} · fit ${job.fit_score}/100`, "fit"));
    const reasons = el("ul");
    for (const reason of job.extras.reasons) {
      reasons.append(el("li", reason));
    }
    item.append(reasons);
    if (job.skills_match.length > 0) {
      item.append(el("p", `Matching skills: ${job.skills_match.join(", ")}`));
    }
    if (job.extras.missing_skills.length > 0) {
      item.append(el("p", `Missing skills: ${job.extras.missing_skills.join(", ")}`, "missing"));
    }
    const row = el("div", null, "row");
    const id = `status-${job.job_id}`;
    const label = el("label", "Status", "inline");
    label.htmlFor = id;
    const status = el("select");
    status.id = id;
    for (const key of PIPELINE) {
      status.append(Object.assign(el("option", key), { value: key }));
    }
    status.value = "applied";
    const notes = el("input");
    notes.type = "text";
    notes.placeholder = "Notes";
    notes.setAttribute("aria-label", `Notes for ${job.role} at ${job.company}`);
    const save = el("button", "Update pipeline");
    save.type = "button";
    save.addEventListener("click", () => act(save, async () => {
      const result = await call("POST", "/ob/apply", { job_id: job.job_id, status: status.value, notes: notes.value });
      show(`${result.job.role} at ${result.job.company}: ${result.status}.`, "info");
      await refreshPipeline();
    }));
    row.append(label, status, notes, save);
    item.append(row);
    list.append(item);
  });
  const more = $("jobs-more");
  more.hidden = opportunities.length <= SHOWN_AT_FIRST;
  more.textContent = showAllJobs ? `Show the best ${SHOWN_AT_FIRST}` : `Show all ${opportunities.length}`;
}

async function refreshPipeline() {
  const data = await call("GET", "/ob/status");
  const list = $("pipeline");
  list.replaceChildren();
  for (const entry of data.applied) {
    const steps = entry.history.map((step) => step.status).join(" → ");
    list.append(el("li", `${jobName(entry.job_id)}: ${entry.status}${entry.notes ? ` (${entry.notes})` : ""} — ${steps}`));
  }
  if (data.applied.length === 0) {
    list.append(el("li", "Nothing in the pipeline yet.", "hint"));
  }
}

// ---- Summary and erasure -------------------------------------------------------------------------------------

async function refreshSummary() {
  const data = await call("GET", "/session/summary");
  const list = $("summary-list");
  list.replaceChildren();
  const add = (term, value) => list.append(el("dt", term), el("dd", value));
  add("Started", new Date(data.created_at).toLocaleString());
  add("Kept until", new Date(data.expires_at).toLocaleString());
  const m = data.latest_metrics;
  add("Latest metrics", m ? `clarity ${m.clarity}, action ${m.action}, momentum ${m.momentum}` : "none yet");
  add("Skills", data.user_data.skills.join(", ") || "none yet");
  add("Target roles", data.user_data.target_roles.join(", ") || "none yet");
  add("What Mosaic knows", (data.known || []).map((f) => `${FACT_NAMES[f.kind] || f.kind}: ${f.value}`).join("; ")
    || "nothing yet");
  add("Files", data.files.map((f) => f.filename).join(", ") || "none");
  add("Resume versions", String(data.resumes.length));
  add("Job matches", String(data.job_matches.length));
}

function resetPanels() {
  $("chat-log").replaceChildren();
  $("coach").classList.remove("care-mode");
  $("trend-chart").replaceChildren();
  $("trend-caption").textContent = "The trend appears after your first message.";
  setMetrics(null);
  setGuided(null);
  $("upload-result").hidden = true;
  $("feedback-result").hidden = true;
  $("compare").hidden = true;
  $("version-list").replaceChildren();
  $("summary-list").replaceChildren();
  $("known-list").replaceChildren();
  $("pipeline").replaceChildren();
  opportunities = [];
  renderJobs();
}

// ---- Wiring --------------------------------------------------------------------------------------------------

function wire() {
  $("chat-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = $("chat-input");
    const prompt = input.value.trim();
    if (!prompt) {
      show("Write a message first.", "error");
      return;
    }
    act($("chat-send"), async () => {
      await sendMessage(prompt);
      input.value = "";
    });
  });
  $("guided-start").addEventListener("click", (event) => act(event.currentTarget, async () => {
    await sendMessage($("chat-input").value.trim() || "Guide me step by step", "guided");
    $("chat-input").value = "";
  }));
  // While the flow waits for an answer, "exit" as the answer leaves it (and says so).
  $("guided-leave").addEventListener("click", (event) => act(event.currentTarget, () => sendMessage("exit")));

  $("upload-form").addEventListener("submit", (event) => {
    event.preventDefault();
    act($("upload-send"), async () => {
      const file = $("upload-file").files[0];
      if (!file) {
        throw new ApiError("Choose a file to upload first.", "filename_required", 0);
      }
      const form = new FormData();
      form.append("file", file, file.name);
      const data = await call("POST", "/wimd/upload", form);
      describeUpload(data.file);
    });
  });
  $("resume-feedback").addEventListener("click", (event) => act(event.currentTarget, async () => {
    showFeedback(await call("POST", "/resume/feedback", { resume: resumeText() }));
    await refreshVersions();
  }));
  $("resume-rewrite").addEventListener("click", (event) => act(event.currentTarget, async () => {
    const source = resumeText();
    await makeVersion("/resume/rewrite", { source_resume: source }, source);
  }));
  $("resume-tailor").addEventListener("click", (event) => act(event.currentTarget, async () => {
    const jobId = $("tailor-job").value;
    if (!jobId) {
      throw new ApiError("Find opportunities first, then choose one to tailor to.", "job_missing", 0);
    }
    const source = resumeText();
    await makeVersion("/resume/customize", { job_id: jobId, resume: source }, source);
  }));

  $("jobs-find").addEventListener("click", (event) => act(event.currentTarget, async () => {
    opportunities = (await call("GET", "/ob/opportunities")).opportunities;
    renderJobs();
    await refreshPipeline();
  }));

  $("jobs-more").addEventListener("click", () => {
    showAllJobs = !showAllJobs;
    renderJobs();
  });
  $("summary-load").addEventListener("click", (event) => act(event.currentTarget, refreshSummary));
  $("erase").addEventListener("click", () => {
    if (!sessionId()) {
      show("There is no session to delete yet.", "info");
      return;
    }
    $("erase-dialog").showModal();
  });
  $("erase-dialog").addEventListener("close", () => {
    if ($("erase-dialog").returnValue !== "erase") {
      return;
    }
    act($("erase"), async () => {
      await call("DELETE", "/session");
      forgetSession();
      resetPanels();
      show("Your session and everything in it were deleted.", "info");
    });
  });
}

async function restore() {
  // Coming back with a kept session: show what the server still has; a session that expired is simply forgotten.
  if (!sessionId()) {
    return;
  }
  try {
    const data = await call("GET", "/wimd/analysis");
    for (const turn of [...data.history].reverse()) {
      addYou(turn.prompt);
      addCoach({ source: turn.analysis.source, message: turn.response, signals: [], next_step: turn.next_step || "" });
    }
    if (data.history.length > 0) {
      setMetrics(data.history[0].metrics);
      await refreshTrend();
    }
    await refreshKnown(data.known || []);
    await refreshVersions();
  } catch (error) {
    if (!(error instanceof ApiError && error.code === "session_not_found")) {
      show(error.message, "error");
    }
  }
}

/** The always-visible "talk to someone now" list, from the server's configured region. */
async function showHelp() {
  const config = await call("GET", "/config");
  const list = $("help-resources");
  list.replaceChildren();
  for (const resource of (config.care && config.care.resources) || []) {
    const entry = el("li");
    entry.append(el("strong", resource.name), document.createTextNode(`: ${resource.contact}`));
    list.append(entry);
  }
}

async function start() {
  wire();
  showSession();
  try {
    await showHelp();
  } catch (error) {
    show(error.message, "error");
  }
  try {
    const version = await call("GET", "/version");
    $("server-build").textContent = `· Mosaic ${version.version} (${String(version.commit).slice(0, 7)})`;
  } catch (error) {
    show(error.message, "error");
  }
  await restore();
  document.body.dataset.ready = "true";
}

start();
