// CaseAssist shared behaviour: CSRF-carrying API calls and the source-note side panel.
// Case text is only ever inserted with textContent, never as HTML.
"use strict";

(function () {
  const meta = document.querySelector('meta[name="csrf-token"]');
  const csrfToken = meta ? meta.getAttribute("content") : "";

  async function api(method, path, body) {
    const headers = { "Accept": "application/json" };
    if (method !== "GET") headers["X-CSRF-Token"] = csrfToken;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {
      method, headers, credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401) {
      window.location.assign("/signin");
      throw new Error("Your session has ended: sign in again.");
    }
    return response;
  }

  async function problem(response) {
    try {
      const data = await response.json();
      if (data && typeof data.detail === "string") return data.detail;
    } catch (ignored) { /* not JSON */ }
    return "Something went wrong (" + response.status + "). Try again.";
  }

  function formatDate(iso) {
    if (!iso) return "";
    const date = new Date(iso.length === 10 ? iso + "T00:00:00" : iso);
    if (Number.isNaN(date.getTime())) return iso;
    return date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }

  // --- the source-note panel -------------------------------------------------------------------
  const panel = document.getElementById("note-panel");
  let returnFocusTo = null;

  function panelField(name) { return panel.querySelector('[data-field="' + name + '"]'); }

  async function openNote(noteId, trigger) {
    if (!panel) return;
    if (returnFocusTo && returnFocusTo !== trigger) returnFocusTo.setAttribute("aria-expanded", "false");
    returnFocusTo = trigger || null;
    if (trigger) trigger.setAttribute("aria-expanded", "true");
    const status = document.getElementById("note-panel-status");
    const metaList = document.getElementById("note-panel-meta");
    const text = document.getElementById("note-panel-text");
    panel.hidden = false;
    metaList.hidden = true;
    text.textContent = "";
    status.textContent = "Loading note " + noteId + "…";
    panel.focus();
    const response = await api("GET", "/api/notes/" + encodeURIComponent(noteId));
    if (!response.ok) { status.textContent = await problem(response); return; }
    const note = await response.json();
    for (const name of ["note_id", "case_id", "type", "title", "author_role"]) {
      panelField(name).textContent = (note[name] || "Not recorded").toString().replace(/_/g, " ");
    }
    panelField("date").textContent = formatDate(note.date);
    text.textContent = note.text || "";
    metaList.hidden = false;
    status.textContent = "Showing note " + note.note_id + ".";
    document.getElementById("note-panel-title").textContent = note.title ? "Source note: " + note.title : "Source note";
  }

  function closeNote() {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    if (returnFocusTo) { returnFocusTo.setAttribute("aria-expanded", "false"); returnFocusTo.focus(); }
    returnFocusTo = null;
  }

  document.addEventListener("click", function (event) {
    const chip = event.target.closest("[data-note-id]");
    if (chip && chip.matches("button")) { event.preventDefault(); openNote(chip.dataset.noteId, chip); }
  });
  if (panel) {
    document.getElementById("note-panel-close").addEventListener("click", closeNote);
    panel.addEventListener("keydown", function (event) { if (event.key === "Escape") closeNote(); });
  }

  window.CaseAssist = { api, problem, formatDate, openNote, closeNote, csrfToken };
})();
