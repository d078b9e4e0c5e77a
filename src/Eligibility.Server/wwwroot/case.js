// The Case view: submit the facts for a draft determination, decide it (approve, amend, reject), correct a
// final one, and reopen recent ones. The form lives in case-form.js, the determination in determination-view.js.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const { el, signedOut } = window.EligibilityPanel;
  const form = window.CaseForm;
  const problems = window.CaseProblems;
  const views = window.DeterminationView;
  const state = { busy: false, correcting: null, openId: null };

  class ApiError extends Error {
    constructor(status, message, problem) {
      super(message);
      this.status = status;
      this.problem = problem;
    }
  }

  function explain(status, problem) {
    const detail = problem?.detail;
    if (status === 401) return "Your session has ended. Sign in again; what you entered is kept.";
    if (status === 403) return detail || "Your account may not do this: it needs the caseworker role, signed in to the panel.";
    if (status >= 500) return `${detail || "The server could not finish this."} (error ${status}) Try again in a moment; if it keeps failing, tell support.`;
    return detail || problem?.title || `The server refused this (error ${status}).`;
  }

  // Same-origin JSON with the session cookie; the header tells the server the panel sent it (not a cross-site form).
  async function api(method, url, body) {
    let response;
    try {
      response = await fetch(url, {
        method, credentials: "same-origin",
        headers: { Accept: "application/json", "X-Requested-With": "eligibility-panel", ...(body ? { "Content-Type": "application/json" } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
    } catch {
      throw new ApiError(0, "Could not reach the server. Check the connection and try again.");
    }
    const data = await response.json().catch(() => null);
    if (response.ok) return data;
    const error = new ApiError(response.status, explain(response.status, data), data);
    if (response.status === 401) signedOut(error.message);
    throw error;
  }

  const setStatus = (text) => { $("case-status").textContent = text; };

  // --- drafting ---

  async function submit(event) {
    event.preventDefault();
    if (state.busy) return;
    problems.clear();
    const body = form.collect();
    const url = state.correcting ? `/api/determinations/${encodeURIComponent(state.correcting)}/corrections` : "/api/determinations";
    state.busy = true;
    $("case-submit").disabled = true;
    $("case-submit").textContent = "Drafting…";
    $("case-form").setAttribute("aria-busy", "true");
    setStatus("Drafting… this can take a few seconds.");
    try {
      const view = await api("POST", url, body);
      setCorrecting(null);
      setStatus(`Draft ${view.id} is ready.`);
      show(view);
      loadRecent();
    } catch (error) {
      setStatus("");
      const found = Array.isArray(error.problem?.problems) ? error.problem.problems : [];
      const title = found.length ? `${error.problem.title || "The case facts need correcting"}: ${found.length} problem${found.length === 1 ? "" : "s"}` : error.message;
      problems.show(title, found).focus();
    } finally {
      state.busy = false;
      $("case-submit").disabled = false;
      $("case-submit").textContent = state.correcting ? "Draft the correction" : "Draft determination";
      $("case-form").removeAttribute("aria-busy");
    }
  }

  function setCorrecting(id) {
    state.correcting = id;
    $("correcting").hidden = !id;
    $("correcting-id").textContent = id || "";
    $("case-submit").textContent = id ? "Draft the correction" : "Draft determination";
  }

  // --- the determination ---

  function showForm(clear) {
    if (clear) { form.reset(); setCorrecting(null); }
    $("determination").hidden = true;
    $("case-form").hidden = false;
    state.openId = null;
    markRecent();
    $("case-reference").focus();
  }

  function show(view) {
    const target = $("determination");
    target.textContent = "";
    target.append(views.render(view, {
      decide: (body) => decide(view.id, body),
      open,
      correct,
      back: () => showForm(false),
      newCase: () => showForm(true),
      error: (message) => setStatus(message),
    }));
    state.openId = view.id;
    $("case-form").hidden = true;
    target.hidden = false;
    markRecent();
    target.focus();
    target.scrollIntoView({ block: "start" });
  }

  async function decide(id, body) {
    const view = await api("POST", `/api/determinations/${encodeURIComponent(id)}/decision`, body);
    setStatus(`${id} is ${String(view.state).toUpperCase()}.`);
    show(view);
    loadRecent();
  }

  async function open(id) {
    setStatus(`Opening ${id}…`);
    try {
      const view = await api("GET", `/api/determinations/${encodeURIComponent(id)}`);
      setStatus("");
      show(view);
    } catch (error) {
      setStatus(`Could not open ${id}: ${error.message}`);
    }
  }

  // A final determination is never changed: the facts go back into the form, and drafting makes a correction.
  function correct(view) {
    form.fill(view.facts || {});
    setCorrecting(view.id);
    showForm(false);
    setStatus(`The facts of ${view.id} are in the form; change what was wrong and draft the correction.`);
  }

  // --- recent determinations ---

  async function loadRecent() {
    $("recent-error").textContent = "";
    try {
      const items = await api("GET", "/api/determinations");
      const list = $("recent-list");
      list.textContent = "";
      if (!items.length) list.append(el("li", "hint", "None yet."));
      for (const item of items) {
        const li = el("li");
        const button = el("button", "recent-item");
        button.type = "button";
        button.dataset.id = item.id;
        const line = el("span", "recent-line");
        line.append(el("span", `state state-${String(item.state).toLowerCase()}`, String(item.state).toUpperCase()), views.badge(item.outcome));
        const detail = el("span", "recent-detail",
          [item.caseReference || item.id, views.month(item.benefitMonth), views.when(item.createdAt)].join(" · "));
        button.append(line, detail);
        button.setAttribute("aria-label", `${item.state}, ${views.outcomeLabel(item.outcome)}: ${detail.textContent}`);
        button.addEventListener("click", () => open(item.id));
        li.append(button);
        list.append(li);
      }
      markRecent();
    } catch (error) {
      $("recent-error").textContent = `Could not load recent determinations: ${error.message}`;
    }
  }

  function markRecent() {
    for (const button of document.querySelectorAll("#recent-list .recent-item")) {
      if (button.dataset.id === state.openId) button.setAttribute("aria-current", "true"); else button.removeAttribute("aria-current");
    }
  }

  $("case-form").addEventListener("submit", submit);
  $("case-clear").addEventListener("click", () => { form.reset(); setCorrecting(null); setStatus("The form is cleared."); $("case-reference").focus(); });
  $("correcting-cancel").addEventListener("click", () => { setCorrecting(null); setStatus("Not a correction any more: drafting makes a new determination."); });
  $("recent-refresh").addEventListener("click", loadRecent);
  document.addEventListener("panel:view", (e) => { if (e.detail === "case") loadRecent(); });
})();
