// Governance: start an evaluation run, poll its progress, then compare with the approved baseline.
"use strict";

(function () {
  const CA = window.CaseAssist;
  const form = document.getElementById("eval-form");
  if (!form) return;
  const runButton = document.getElementById("eval-run");
  const error = document.getElementById("eval-error");
  const progress = document.getElementById("eval-progress");
  const bar = document.getElementById("eval-bar");
  const state = document.getElementById("eval-state");
  const result = document.getElementById("eval-result");
  const POLL_MS = 1000;

  function fmt(value) {
    if (value === null || value === undefined || value === "") return "–";
    return typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(3)) : String(value);
  }

  function cell(row, text) { const td = document.createElement("td"); td.textContent = text; row.appendChild(td); return td; }

  function showResult(status) {
    const body = document.querySelector("#eval-summary tbody");
    body.textContent = "";
    for (const m of status.metrics || []) {
      const row = document.createElement("tr");
      const name = document.createElement("th");
      name.scope = "row";
      name.textContent = m.name;
      row.appendChild(name);
      cell(row, fmt(m.value));
      const change = typeof m.value === "number" && typeof m.baseline === "number" ? m.value - m.baseline : null;
      cell(row, m.baseline === undefined || m.baseline === null ? "Not gated against a baseline"
        : fmt(m.baseline) + (change === null ? "" : " (change " + (change >= 0 ? "+" : "") + change.toFixed(3) + ")"));
      cell(row, m.rule ? String(m.rule) : "–");
      cell(row, m.ok === false ? "Fails" : m.ok === true ? "Passes" : "Not gated");
      body.appendChild(row);
    }
    const verdict = document.getElementById("eval-verdict");
    verdict.textContent = status.passed === false ? "Result: a release gate failed. Do not release this configuration."
      : status.passed === true ? "Result: every release gate passed." : "";
    const link = document.getElementById("eval-report");
    link.href = "/api/evaluations/" + encodeURIComponent(status.job_id) + "/report";
    const compare = document.getElementById("eval-compare");
    if (compare) compare.href = "/governance?job=" + encodeURIComponent(status.job_id) + "#comparison";
    result.hidden = false;
  }

  async function poll(jobId) {
    const response = await CA.api("GET", "/api/evaluations/" + encodeURIComponent(jobId));
    if (!response.ok) { state.textContent = await CA.problem(response); runButton.disabled = false; return; }
    const status = await response.json();
    const pct = Math.round(100 * (status.progress || 0));
    bar.value = pct;
    bar.textContent = pct + "%";
    state.textContent = (status.message || status.state) + " (" + pct + "%)";
    if (status.state === "done") { showResult(status); state.textContent = "Finished. " + (status.message || ""); runButton.disabled = false; }
    else if (status.state === "failed" || status.state === "error") {
      state.textContent = "The evaluation could not finish: " + (status.message || "see the server log");
      runButton.disabled = false;
    }
    else window.setTimeout(function () { poll(jobId); }, POLL_MS);
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const suites = Array.from(form.querySelectorAll('input[name="suite"]:checked')).map(function (i) { return i.value; });
    if (!suites.length) { error.textContent = "Choose at least one suite."; error.hidden = false; return; }
    error.hidden = true;
    runButton.disabled = true;
    result.hidden = true;
    const against = document.getElementById("eval-against");
    const response = await CA.api("POST", "/api/evaluations", { suites, against_baseline: Boolean(against && against.checked) });
    if (!response.ok) { error.textContent = await CA.problem(response); error.hidden = false; runButton.disabled = false; return; }
    const started = await response.json();
    progress.hidden = false;
    state.textContent = "Started.";
    poll(started.job_id);
  });
})();
