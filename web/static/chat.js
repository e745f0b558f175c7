// The chat panel: streams an answer over server-sent events, then shows it with numbered
// citation chips that open the source note. Answer and note text go in with textContent only.
"use strict";

(function () {
  const CA = window.CaseAssist;
  const chat = document.getElementById("chat");
  const form = document.getElementById("ask-form");
  if (!chat || !form) return;
  const caseId = chat.dataset.caseId || null;
  const question = document.getElementById("question");
  const questionError = document.getElementById("question-error");
  const askButton = document.getElementById("ask-button");
  const conversation = document.getElementById("conversation");
  const empty = document.getElementById("conversation-empty");
  const live = document.getElementById("live");
  const template = document.getElementById("turn-template");
  const MARKER = /\[(\d+(?:\s*[,;]\s*\d+)*)\]/g;
  let conversationId = null;
  let busy = false;

  function announce(text) {
    live.textContent = "";
    window.setTimeout(function () { live.textContent = text; }, 50);
  }

  function showError(message) {
    questionError.textContent = message;
    questionError.hidden = !message;
  }

  function newTurn(asked) {
    const turn = template.content.firstElementChild.cloneNode(true);
    turn.querySelector(".turn__question").textContent = asked;
    conversation.appendChild(turn);
    empty.hidden = true;
    return turn;
  }

  function chip(citation) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "chip";
    button.dataset.noteId = citation.note_id;
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "note-panel");
    button.setAttribute("aria-label", "Source " + citation.n + ": note " + citation.note_id + (citation.date ? ", " + CA.formatDate(citation.date) : ""));
    button.textContent = String(citation.n);
    return button;
  }

  function renderAnswerText(container, text, byNumber) {
    container.textContent = "";
    let last = 0;
    for (const match of text.matchAll(MARKER)) {
      container.appendChild(document.createTextNode(text.slice(last, match.index)));
      for (const n of match[1].split(/\s*[,;]\s*/)) {
        const citation = byNumber.get(Number(n));
        container.appendChild(citation ? chip(citation) : document.createTextNode("[" + n + "]"));
      }
      last = match.index + match[0].length;
    }
    container.appendChild(document.createTextNode(text.slice(last)));
  }

  function renderFinal(turn, answer) {
    const byNumber = new Map((answer.citations || []).map(function (c) { return [c.n, c]; }));
    const answerBox = turn.querySelector(".turn__answer");
    renderAnswerText(answerBox, answer.answer || "", byNumber);
    answerBox.setAttribute("aria-busy", "false");
    const notice = turn.querySelector(".notice");
    if (answer.backend === "extractive") {
      notice.querySelector(".notice__label").textContent = "Answered without a language model";
      notice.querySelector(".notice__text").textContent = (answer.backend_notice || "").replace(/^Answered without a language model:?\s*/, "") ||
        "the sentences below are quoted from the notes.";
      notice.hidden = false;
    }
    const sources = turn.querySelector(".sources");
    sources.textContent = "";
    for (const citation of answer.citations || []) {
      const item = document.createElement("li");
      item.appendChild(chip(citation));
      const label = document.createElement("span");
      label.textContent = " " + CA.formatDate(citation.date) + " · note " + citation.note_id + (caseId ? "" : " · case " + citation.case_id) + " ";
      item.appendChild(label);
      const quote = document.createElement("q");
      quote.className = "quote";
      quote.textContent = citation.quote || "";
      item.appendChild(quote);
      sources.appendChild(item);
    }
    turn.querySelector(".turn__sources").hidden = !(answer.citations || []).length;
    const metaParts = [];
    if (answer.refused) metaParts.push(answer.reason === "not_recorded" ? "Not found in the notes you may see" : "Not answered");
    if (answer.backend !== "extractive" && answer.backend_notice) metaParts.push(answer.backend_notice);
    turn.querySelector(".turn__meta").textContent = metaParts.join(" · ");
    const copy = turn.querySelector(".turn__copy");
    copy.hidden = !answer.answer;
    copy.dataset.copyText = plainAnswer(answer);
    if (answer.conversation_id) conversationId = answer.conversation_id;
  }

  function plainAnswer(answer) {
    const lines = [answer.answer || ""];
    if ((answer.citations || []).length) {
      lines.push("", "Sources:");
      for (const c of answer.citations) lines.push("[" + c.n + "] note " + c.note_id + ", " + (c.date || "") + ": \"" + (c.quote || "") + "\"");
    }
    return lines.join("\n");
  }

  async function readEvents(response, onEvent) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary;
      while ((boundary = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const data = block.split("\n").filter(function (l) { return l.startsWith("data:"); }).map(function (l) { return l.slice(5).trimStart(); }).join("\n");
        if (data) onEvent(JSON.parse(data));
      }
    }
  }

  async function ask(event) {
    event.preventDefault();
    if (busy) return;
    const asked = question.value.trim();
    if (!asked) { showError("Enter a question."); question.focus(); return; }
    showError("");
    busy = true;
    askButton.disabled = true;
    const turn = newTurn(asked);
    const answerBox = turn.querySelector(".turn__answer");
    announce("Answering your question…");
    let streamed = "";
    let finished = false;
    try {
      const response = await CA.api("POST", "/api/ask/stream", { question: asked, case_id: caseId, conversation_id: conversationId });
      if (!response.ok) { turn.remove(); showError(await CA.problem(response)); announce("Your question was not answered."); return; }
      question.value = "";
      await readEvents(response, function (ev) {
        if (ev.event === "token") { streamed += ev.text; answerBox.textContent = streamed; }
        else if (ev.event === "notice") {
          streamed = ""; answerBox.textContent = "";
          const notice = turn.querySelector(".notice");
          notice.querySelector(".notice__text").textContent = ev.text;
          notice.hidden = false;
        } else if (ev.event === "final") { finished = true; renderFinal(turn, ev.answer); announce("Answer ready. " + (ev.answer.answer || "")); }
        else if (ev.event === "error") { answerBox.setAttribute("aria-busy", "false"); answerBox.textContent = ev.text; announce(ev.text); }
      });
      if (!finished && !answerBox.textContent) { answerBox.textContent = "The answer was interrupted. Try again."; answerBox.setAttribute("aria-busy", "false"); }
    } catch (error) {
      answerBox.setAttribute("aria-busy", "false");
      answerBox.textContent = "The answer could not be fetched: check your connection and try again.";
      announce(answerBox.textContent);
    } finally {
      busy = false;
      askButton.disabled = false;
      question.focus();
    }
  }

  async function openConversation(id) {
    const response = await CA.api("GET", "/api/conversations/" + encodeURIComponent(id));
    if (!response.ok) { showError(await CA.problem(response)); return; }
    const data = await response.json();
    conversation.textContent = "";
    for (const t of data.turns || []) renderFinal(newTurn(t.question), t.answer);
    conversationId = data.id;
    for (const item of document.querySelectorAll(".history__item")) item.setAttribute("aria-current", String(item.dataset.conversationId === id));
    announce("Opened an earlier conversation with " + (data.turns || []).length + " questions.");
    question.focus();
  }

  async function deleteConversation(id, button) {
    const response = await CA.api("DELETE", "/api/conversations/" + encodeURIComponent(id));
    if (!response.ok && response.status !== 404) { showError(await CA.problem(response)); return; }
    button.closest(".history__item").remove();
    if (conversationId === id) startNew();
    announce("Conversation deleted.");
    question.focus();
  }

  function startNew() {
    conversationId = null;
    conversation.textContent = "";
    empty.hidden = false;
    for (const item of document.querySelectorAll(".history__item")) item.removeAttribute("aria-current");
    showError("");
    announce("New conversation started.");
    question.focus();
  }

  form.addEventListener("submit", ask);
  question.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  document.getElementById("new-conversation").addEventListener("click", startNew);
  document.addEventListener("click", async function (event) {
    const open = event.target.closest(".history__open");
    if (open) { openConversation(open.dataset.conversationId); return; }
    const remove = event.target.closest(".history__delete");
    if (remove) { deleteConversation(remove.dataset.conversationId, remove); return; }
    const copy = event.target.closest(".turn__copy");
    if (copy) {
      try { await navigator.clipboard.writeText(copy.dataset.copyText || ""); copy.textContent = "Copied"; announce("Answer copied."); }
      catch (error) { announce("Copying is not allowed in this browser: select the answer text instead."); }
      window.setTimeout(function () { copy.textContent = "Copy answer"; }, 2500);
    }
  });
})();
