// The side panel: sign in, the Ask | Case tabs, ask over SignalR, render the streamed answer with numbered
// citations, show a cited passage with the quoted span highlighted, copy, feedback. No framework, no CDN.
// The Case view (case-problems.js, case-form.js, determination-view.js, case.js) uses window.EligibilityPanel.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { connection: null, conversationId: null, asking: false, passageOpener: null, view: "assistant" };

  function setStatus(text, bad) {
    $("connection").textContent = text;
    $("connection").classList.toggle("bad", !!bad);
  }

  const me = () => window.EligibilitySession.me();

  async function signIn(event) {
    if (await window.EligibilitySession.signIn(event)) await start();
  }

  async function start() {
    const user = await me();
    $("sign-in").hidden = !!user;
    $("views").hidden = !user;
    $("sign-out").hidden = !user;
    $("elsewhere").hidden = true;
    if (!user) { setStatus("Signed out"); showView(null); $("user").focus(); return; }
    if (!user.roles.includes("caseworker") && !user.roles.includes("admin")) {
      setStatus(`Signed in as ${user.name}`);
      $("views").hidden = true;
      showView(null);
      $("elsewhere").hidden = false;
      $("elsewhere-text").textContent = elsewhere(user.roles);
      $("elsewhere-admin").hidden = !user.roles.includes("policy-staff");
      return;
    }
    showView(state.view);
    if (!state.connection) await connect(user.name);
    if (!$("conversation").children.length) await welcome();
    else setStatus(`Signed in as ${user.name}`);
    if (state.view === "assistant") $("question").focus();
  }

  // "Rules as of" with no date chosen means today, and says so.
  function showAsOf() { $("as-of-hint").textContent = $("as-of").value ? "" : "today"; }

  // The first screen of a conversation: the manuals whose rules apply, and a few questions they answer.
  async function welcome() {
    showAsOf();
    const asOf = $("as-of").value;
    const response = await fetch(`/api/manuals/in-effect${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ""}`, { credentials: "same-origin" });
    if (!response.ok) return;
    const info = await response.json();
    const box = el("div", "welcome");
    box.append(el("h2", null, info.today ? `Manuals in effect today (${info.asOf})` : `Manuals in effect on ${info.asOf}`));
    const list = el("ul", "manuals");
    for (const m of info.manuals) list.append(el("li", null, `${m.title} — version ${m.version}, effective ${m.effective}`));
    if (!info.manuals.length) list.append(el("li", null, "None: no manual version is in effect on this date."));
    box.append(list);
    if (info.examples.length) {
      box.append(el("p", "examples-label", "Try:"));
      for (const example of info.examples) {
        const button = el("button", "link example", example);
        button.type = "button";
        button.addEventListener("click", () => { $("question").value = example; $("question").focus(); });
        box.append(button);
      }
    }
    if (!$("conversation").children.length || $("conversation").querySelector(".welcome")) $("conversation").replaceChildren(box);
  }

  // Where a signed-in user without the caseworker role does their work instead of this panel.
  function elsewhere(roles) {
    if (roles.includes("policy-staff")) return "The assistant and case tools are for caseworkers. Policy staff load, review, publish and roll back manuals on the manuals page, or with the ingest command (see the README, \"Ingesting manuals\").";
    if (roles.includes("evaluator")) return "The assistant and case tools are for caseworkers. Evaluators run suites with the evals command (see the README, \"Evaluating answers\"), in process or against this server.";
    return "The assistant and case tools are for caseworkers; your account has none of the roles this panel serves. Ask an administrator for access.";
  }

  async function signOut() {
    await window.EligibilitySession.signOut();
    const connection = state.connection;
    state.connection = null;
    state.conversationId = null;
    connection?.stop();
    $("conversation").replaceChildren();
    $("history-list").replaceChildren();
    $("history-search").value = "";
    $("password").value = "";
    await start();
  }

  // The session ended (a 401 from an API call): back to the sign-in form; what was typed stays in the page.
  async function signedOut(message) {
    const connection = state.connection;
    state.connection = null;
    connection?.stop();
    await start();
    $("sign-in-error").textContent = message || "";
  }

  // Tabs: Ask | Case, with arrow keys, Home and End moving between them (WAI-ARIA tabs pattern).
  const tabs = () => [...document.querySelectorAll("#views [role=tab]")];

  function showView(view) {
    if (view) state.view = view;
    for (const tab of tabs()) {
      const panel = tab.getAttribute("aria-controls");
      const selected = panel === state.view;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      $(panel).hidden = !view || !selected;
    }
    closePassage(false);
    if (view) document.dispatchEvent(new CustomEvent("panel:view", { detail: view }));
  }

  function tabKeys(event) {
    const all = tabs();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = all[(next + all.length) % all.length];
    tab.focus();
    showView(tab.getAttribute("aria-controls"));
  }

  async function connect(name) {
    const connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/assistant")
      .withAutomaticReconnect()
      .build();
    connection.onreconnecting(() => setStatus("Connection lost — reconnecting…", true));
    connection.onreconnected(() => setStatus(`Signed in as ${name}`));
    connection.onclose(() => { if (state.connection === connection) setStatus("Disconnected. Reload the page to reconnect.", true); });
    try {
      await connection.start();
      state.connection = connection;
      setStatus(`Signed in as ${name}`);
      document.dispatchEvent(new CustomEvent("panel:connected"));
    } catch (error) {
      setStatus(`Could not connect: ${error.message}`, true);
    }
  }

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function ask(event) {
    event.preventDefault();
    submit($("question").value.trim(), false);
  }

  // asTyped: answer the question exactly as typed, never as a follow-up of the one before (the undo of "Understood as").
  function submit(question, asTyped) {
    $("ask-error").textContent = "";
    if (!question) { $("ask-error").textContent = "Type a question first."; return; }
    if (!state.connection || state.asking) return;
    state.asking = true;
    $("send").disabled = true;

    $("conversation").querySelector(".welcome")?.remove();
    const turn = el("div", "turn");
    turn.append(el("div", "question", question));
    const mode = el("div", "mode", "");
    const understood = el("div", "understood");
    understood.hidden = true;
    const answer = el("div", "answer");
    answer.setAttribute("aria-busy", "true");
    const notes = el("div", "unsupported-notes");
    const sources = el("ol", "sources");
    turn.append(mode, understood, answer, notes, sources);
    $("conversation").append(turn);
    keepInView(turn);

    const citations = [];
    let text = "";
    const finish = () => { state.asking = false; $("send").disabled = false; answer.removeAttribute("aria-busy"); };
    state.connection.stream("Ask", { question, conversationId: state.conversationId, asOf: $("as-of").value || null, asTyped }).subscribe({
      next: (e) => {
        switch (e.type) {
          case "started":
            state.conversationId = e.conversationId;
            mode.textContent = e.mode === "Extractive" ? `Extracted passages — rules as of ${e.asOf}` : `Generated answer — rules as of ${e.asOf}`;
            if (e.rewritten) showUnderstood(understood, e.standaloneQuestion, question);
            break;
          case "delta":
            text += e.text;
            appendText(answer, e.text);
            keepInView(turn);
            break;
          case "citation":
            citations.push(e);
            if (!sources.querySelector(`[data-number="${e.number}"]`)) {
              const item = el("li");
              item.dataset.number = e.number;
              item.textContent = `${e.manualTitle}, ${e.sectionPath.split(" > ").pop()} — version ${e.version}, p. ${e.pageStart}`;
              sources.append(item);
            }
            break;
          case "unsupported":
            notes.append(el("div", "unsupported-note", `Not supported by a cited passage, so not part of the answer: “${e.sentence}”`));
            keepInView(turn);
            break;
          case "completed":
            answer.classList.toggle("abstained", e.abstained);
            if (e.abstained) mode.textContent = "No answer in the manuals";
            turn.append(actions(e.answerId, () => copyText(text, citations)));
            linkCitations(answer, citations);
            keepInView(turn);
            $("question").value = "";
            document.dispatchEvent(new CustomEvent("panel:answered"));
            break;
          case "failed":
            answer.classList.add("failed");
            answer.textContent = e.message;
            break;
        }
      },
      complete: finish,
      error: (error) => {
        answer.classList.add("failed");
        answer.textContent = `The answer stopped: ${error.message || error}`;
        finish();
      },
    });
  }

  // An earlier turn changed what was searched: say so, and offer the question exactly as typed.
  function showUnderstood(node, standalone, typed) {
    node.hidden = false;
    node.append(el("span", "understood-label", "Understood as: "), el("q", null, standalone), document.createTextNode(" "));
    const undo = el("button", "link understood-undo", "Ask as typed");
    undo.type = "button";
    undo.title = "Answer the question on its own, not as a follow-up of the one before";
    undo.addEventListener("click", () => { if (!state.asking) { undo.disabled = true; submit(typed, true); } });
    node.append(undo);
  }

  // The question box stays at the bottom of the panel: scroll so the growing answer ends above it, never under it.
  function keepInView(node) {
    const hidden = node.getBoundingClientRect().bottom - $("ask").getBoundingClientRect().top;
    if (hidden > 0) window.scrollBy(0, hidden + 8);
  }

  // Text arrives in pieces; "[n]" markers become buttons once the answer is complete.
  function appendText(answer, piece) { answer.append(document.createTextNode(piece)); }

  function linkCitations(answer, citations) {
    const full = answer.textContent;
    answer.textContent = "";
    const parts = full.split(/(\[\d+\])/);
    for (const part of parts) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (!match) { answer.append(document.createTextNode(part)); continue; }
      const number = Number(match[1]);
      const button = el("button", "cite", String(number));
      button.type = "button";
      button.setAttribute("aria-label", `Show cited passage ${number}`);
      button.addEventListener("click", () => {
        const cites = citations.filter((c) => c.number === number);
        if (!cites.length) return;
        showPassage(cites[0].passageId, cites.map((c) => [c.start, c.end]), button)
          .catch((error) => { $("ask-error").textContent = `Could not open the passage: ${error.message}`; });
      });
      answer.append(button);
    }
  }

  // Opens a passage (GET /api/passages/{id}) with the cited spans highlighted ([start, end] pairs, or the quoted
  // text itself); focus returns to `opener` when it closes. Rejects with an Error whose message can be shown as it is.
  async function showPassage(passageId, spans, opener) {
    const response = await fetch(`/api/passages/${encodeURIComponent(passageId)}`, { credentials: "same-origin" });
    if (response.status === 401) { signedOut("Your session has ended. Sign in again."); throw new Error("your session has ended"); }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.detail || `the server answered ${response.status}`);
    }
    const passage = await response.json();
    $("passage-meta").innerHTML = "";
    const meta = $("passage-meta");
    meta.append(el("strong", "", passage.manualTitle), document.createElement("br"),
      document.createTextNode(`${passage.sectionPath}`), document.createElement("br"),
      document.createTextNode(`Version ${passage.version}, effective ${passage.effectiveDate} · ${passage.pageStart === passage.pageEnd ? "page " + passage.pageStart : "pages " + passage.pageStart + "–" + passage.pageEnd}`));
    if (passage.withdrawn) {
      meta.append(el("p", "withdrawn", "Withdrawn: this version is no longer policy. It is shown because an answer or draft of yours cited it."));
    }
    const body = $("passage-text");
    body.textContent = "";
    const located = spans.map((s) => (typeof s === "string" ? [passage.text.indexOf(s), passage.text.indexOf(s) + s.length] : s))
      .filter(([s, e]) => s >= 0 && e > s).sort((a, b) => a[0] - b[0]);
    renderWithTables(body, passage.text, located);
    markFlagged(body, passage);
    $("passage-source").href = passage.sourceUrl;
    state.passageOpener = opener || null;
    $("passage").hidden = false;
    $("passage").focus();
    body.querySelector("mark")?.scrollIntoView({ block: "center" });
  }

  // A passage's text with the cited spans marked; runs of "cell | cell" lines (tables kept whole at ingestion) are
  // shown as a table, a cited row highlighted as a whole.
  function renderWithTables(body, text, marks) {
    const tables = [...text.matchAll(/(?:^[^\n]* \| [^\n]*(?:\n|$))+/gm)];
    let at = 0;
    for (const table of tables) {
      appendMarked(body, text, at, table.index, marks);
      const grid = el("table", "passage-table");
      let offset = table.index;
      for (const line of table[0].replace(/\n$/, "").split("\n")) {
        const row = document.createElement("tr");
        if (marks.some(([s, e]) => s < offset + line.length && e > offset)) row.className = "cited";
        for (const cell of line.split(" | ")) row.append(el("td", "", cell));
        grid.append(row);
        offset += line.length + 1;
      }
      body.append(grid);
      at = table.index + table[0].length;
    }
    appendMarked(body, text, at, text.length, marks);
  }

  function appendMarked(body, text, from, to, marks) {
    let at = from;
    for (const [start, end] of marks) {
      const s = Math.max(start, at), e = Math.min(end, to);
      if (e <= s) continue;
      body.append(document.createTextNode(text.slice(at, s)));
      body.append(el("mark", "", text.slice(s, e)));
      at = e;
    }
    body.append(document.createTextNode(text.slice(at, to)));
  }

  // Sentences that address an assistant or model are manual text, never policy: shown struck through with a note.
  function markFlagged(body, passage) {
    for (const old of $("passage").querySelectorAll(".flagged-note")) old.remove();
    if (!passage.flagged || passage.flagged.length === 0) return;
    const note = el("p", "flagged-note", "Flagged: the struck-through text addresses an assistant or a model. It is part of the manual as filed, not policy, and is never quoted in answers.");
    body.before(note);
    const text = passage.text;
    body.textContent = "";
    let at = 0;
    for (const [start, end] of passage.flagged) {
      body.append(document.createTextNode(text.slice(at, start)));
      body.append(el("s", "flagged", text.slice(start, end)));
      at = end;
    }
    body.append(document.createTextNode(text.slice(at)));
  }

  function closePassage(restoreFocus) {
    if ($("passage").hidden) return;
    $("passage").hidden = true;
    const opener = state.passageOpener;
    state.passageOpener = null;
    if (restoreFocus) (opener && opener.isConnected ? opener : $("question")).focus();
  }

  function actions(answerId, copy) {
    const bar = el("div", "actions");
    const copyButton = el("button", "secondary", "Copy with citations");
    copyButton.type = "button";
    copyButton.addEventListener("click", copy);
    bar.append(copyButton);
    for (const kind of ["helpful", "wrong", "outdated"]) {
      const button = el("button", "secondary", kind[0].toUpperCase() + kind.slice(1));
      button.type = "button";
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", async () => {
        const comment = kind === "helpful" ? null : prompt(`What was ${kind}? (optional)`) || null;
        try {
          await state.connection.invoke("Feedback", { answerId, kind, comment });
          bar.querySelectorAll("button[aria-pressed]").forEach((b) => b.setAttribute("aria-pressed", "false"));
          button.setAttribute("aria-pressed", "true");
        } catch (error) {
          $("ask-error").textContent = `Feedback not saved: ${error.message}`;
        }
      });
      bar.append(button);
    }
    return bar;
  }

  async function copyText(text, citations) {
    const seen = new Map();
    citations.forEach((c) => seen.set(c.number, c));
    const list = [...seen.values()].map((c) => `[${c.number}] ${c.manualTitle}, ${c.sectionPath} (version ${c.version}, effective ${c.effectiveDate}), p. ${c.pageStart}`);
    const full = `${text.trim()}\n\n${list.join("\n")}`;
    try { await navigator.clipboard.writeText(full); } catch { $("ask-error").textContent = "Copy is not allowed here; select the text instead."; }
  }

  $("sign-in").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("ask").addEventListener("submit", ask);
  $("question").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) ask(e); });
  $("new-conversation").addEventListener("click", async () => { state.conversationId = null; $("conversation").textContent = ""; await welcome(); $("question").focus(); });
  $("as-of").addEventListener("change", async () => {
    showAsOf();
    if ($("conversation").querySelector(".welcome")) await welcome();
  });
  $("close-passage").addEventListener("click", () => closePassage(true));
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("passage").hidden) closePassage(true); });
  $("views").addEventListener("keydown", tabKeys);
  for (const tab of tabs()) tab.addEventListener("click", () => showView(tab.getAttribute("aria-controls")));

  // A stored conversation, reopened: its turns with their citations, and follow-ups continue it.
  function showConversation(view) {
    state.conversationId = view.id;
    $("conversation").replaceChildren();
    for (const a of view.answers) {
      const turn = el("div", "turn");
      turn.append(el("div", "question", a.question));
      const mode = el("div", "mode", a.abstained ? "No answer in the manuals" : `${a.mode === "Extractive" ? "Extracted passages" : "Generated answer"} — rules as of ${a.asOf}`);
      const answer = el("div", "answer", a.text);
      answer.classList.toggle("abstained", a.abstained);
      const sources = el("ol", "sources");
      const seen = new Set();
      for (const c of a.citations) {
        if (seen.has(c.number)) continue;
        seen.add(c.number);
        const item = el("li", null, `${c.manualTitle}, ${c.sectionPath.split(" > ").pop()} — version ${c.version}, p. ${c.pageStart}`);
        item.dataset.number = c.number;
        sources.append(item);
      }
      turn.append(mode, answer, sources, actions(a.id, () => copyText(a.text, a.citations)));
      linkCitations(answer, a.citations);
      $("conversation").append(turn);
    }
    $("question").focus();
  }

  window.EligibilityPanel = { el, showPassage, signedOut, showConversation, connection: () => state.connection };
  // Started after every script has loaded, so that the Case view hears the first "panel:view".
  window.addEventListener("DOMContentLoaded", start);
})();
