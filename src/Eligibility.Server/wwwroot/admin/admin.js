// The admin page for policy staff: sign in, upload manuals (each a background job whose progress streams over
// SignalR), see every version, review a staged one (sections added, removed, changed word by word, its warnings,
// what cited the text it changes), publish or roll back, and work the feedback inbox. No framework, no CDN.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const state = { user: null, connection: null, uploads: new Map(), versions: [], reviewing: null };
  const headers = { "X-Requested-With": "eligibility-admin" };

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  async function api(path, options = {}) {
    const response = await fetch(path, { credentials: "same-origin", ...options, headers: { ...headers, ...(options.headers || {}) } });
    if (response.status === 401) { await start(); throw new Error("Your session ended; sign in again."); }
    const text = await response.text();
    const body = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Error((body && (body.detail || body.title)) || `The server answered ${response.status}.`);
    return body;
  }

  function setStatus(text, bad) {
    $("connection").textContent = text;
    $("connection").classList.toggle("bad", !!bad);
  }

  async function signIn(event) {
    if (await window.EligibilitySession.signIn(event)) await start();
  }

  async function signOut() {
    await window.EligibilitySession.signOut();
    state.connection?.stop();
    state.connection = null;
    await start();
  }

  async function start() {
    const user = await window.EligibilitySession.me();
    state.user = user;
    $("sign-in").hidden = !!user;
    $("sign-out").hidden = !user;
    const allowed = !!user && (user.roles.includes("policy-staff") || user.roles.includes("admin"));
    $("work").hidden = !allowed;
    $("not-for-you").hidden = !user || allowed;
    $("jobs-link").hidden = !user || !user.roles.includes("admin");
    if (!user) { setStatus("Signed out"); $("user").focus(); return; }
    setStatus(`Signed in as ${user.name}`);
    if (!allowed) return;
    await connect();
    await Promise.all([loadUploads(), loadVersions(), loadFeedback()]);
  }

  // Live updates: upload progress and version changes from any policy staff member's work.
  async function connect() {
    if (state.connection) return;
    const connection = new signalR.HubConnectionBuilder().withUrl("/hubs/admin").withAutomaticReconnect().build();
    connection.on("upload", (upload) => { state.uploads.set(upload.id, upload); renderUploads(); if (upload.status !== "running" && upload.status !== "queued") loadVersions(); });
    connection.on("versions", () => loadVersions());
    connection.onreconnecting(() => setStatus("Reconnecting…", true));
    connection.onreconnected(() => { setStatus(`Signed in as ${state.user.name}`); loadUploads(); loadVersions(); });
    state.connection = connection;
    try { await connection.start(); } catch { setStatus("Live updates are off; reload to see progress.", true); }
  }

  // ---- Uploads -------------------------------------------------------------------------------------------

  // A file named like "42-cfr-433_2020-11-02.pdf" suggests its manual id and version; anything else is typed in.
  function guess(name) {
    const stem = name.replace(/\.[^.]+$/, "");
    const dated = /^(.+?)[_ ](\d{4}-\d{2}-\d{2})$/.exec(stem);
    const manual = (dated ? dated[1] : stem).toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "");
    return { manual, title: dated ? dated[1] : stem, version: dated ? dated[2] : "", effective: dated ? dated[2] : "" };
  }

  function offered() {
    const files = [...$("files").files];
    const manifest = files.some((f) => f.name.toLowerCase() === "manifest.json");
    const body = $("offered").querySelector("tbody");
    body.replaceChildren();
    for (const file of files.filter((f) => f.name.toLowerCase() !== "manifest.json")) {
      const row = el("tr");
      row.append(el("td", null, `${file.name} (${(file.size / 1024 / 1024).toFixed(1)} MB)`));
      const values = guess(file.name);
      for (const field of ["manual", "title", "version", "effective"]) {
        const cell = el("td");
        const input = el("input");
        input.name = field;
        input.value = values[field];
        input.disabled = manifest;
        input.placeholder = manifest ? "from manifest.json" : field === "effective" ? "YYYY-MM-DD" : "";
        input.setAttribute("aria-label", `${field} for ${file.name}`);
        cell.append(input);
        row.append(cell);
      }
      body.append(row);
    }
    $("offered").hidden = files.length === 0;
    $("upload-button").disabled = files.length === 0;
  }

  async function upload(event) {
    event.preventDefault();
    const files = [...$("files").files];
    if (!files.length) return;
    const form = new FormData();
    const manifest = files.find((f) => f.name.toLowerCase() === "manifest.json");
    const rows = [...$("offered").querySelectorAll("tbody tr")];
    files.filter((f) => f !== manifest).forEach((file) => form.append("files", file, file.name));
    if (manifest) form.append("files", manifest, "manifest.json");
    else for (const field of ["manual", "title", "version", "effective"]) rows.forEach((row) => form.append(field, row.querySelector(`input[name=${field}]`).value));
    $("upload-button").disabled = true;
    $("upload-status").textContent = "Uploading…";
    $("receipts").replaceChildren();
    try {
      const result = await api("/api/admin/uploads", { method: "POST", body: form });
      for (const receipt of result.receipts) {
        const item = el("li", receipt.error ? "error" : null, receipt.error || `${receipt.fileName}: queued for ingestion`);
        $("receipts").append(item);
      }
      $("upload-status").textContent = `${result.accepted} accepted, ${result.refused} refused`;
      await loadUploads();
    } catch (e) {
      $("upload-status").textContent = "";
      $("receipts").append(el("li", "error", e.message));
    } finally {
      $("upload-button").disabled = false;
    }
  }

  async function loadUploads() {
    const uploads = await api("/api/admin/uploads");
    state.uploads = new Map(uploads.map((u) => [u.id, u]));
    renderUploads();
  }

  function renderUploads() {
    const body = $("uploads").querySelector("tbody");
    body.replaceChildren();
    const uploads = [...state.uploads.values()].sort((a, b) => b.uploadedAt.localeCompare(a.uploadedAt));
    if (!uploads.length) { const row = el("tr"); const cell = el("td", "status", "No uploads yet."); cell.colSpan = 7; row.append(cell); body.append(row); }
    for (const u of uploads) {
      const row = el("tr");
      row.dataset.upload = u.id;
      row.append(el("td", null, u.fileName), el("td", null, `${u.manual}@${u.version}`));
      const status = el("td");
      status.append(el("span", `badge ${u.status}`, u.status));
      row.append(status, el("td", null, u.stage), el("td", "num", u.pages || ""), el("td", "num", u.passages || ""));
      const notes = el("td");
      if (u.error) notes.append(el("div", "error", u.error));
      for (const w of u.warnings || []) notes.append(el("div", "status", w));
      if (u.attempts > 1) notes.append(el("div", "status", `attempt ${u.attempts}`));
      row.append(notes);
      body.append(row);
    }
  }

  // ---- Versions, review, publish, roll back ----------------------------------------------------------------

  async function loadVersions() {
    state.versions = await api("/api/admin/versions");
    const body = $("versions").querySelector("tbody");
    body.replaceChildren();
    for (const { version: v } of state.versions) {
      const row = el("tr");
      row.dataset.version = `${v.manual}@${v.version}`;
      row.append(el("td", null, v.title), el("td", null, v.version), el("td", null, v.effective));
      const status = el("td");
      status.append(el("span", `badge ${v.status}`, v.status));
      row.append(status, el("td", "num", v.pages), el("td", "num", v.passages));
      const actions = el("td", "actions");
      const review = el("button", "link", "Review");
      review.type = "button";
      review.addEventListener("click", () => openReview(v.manual, v.version));
      actions.append(review);
      if (v.status === "published") {
        const rollback = el("button", "link", "Roll back");
        rollback.type = "button";
        rollback.addEventListener("click", () => rollBack(v.manual));
        actions.append(rollback);
      }
      row.append(actions);
      body.append(row);
    }
    document.querySelectorAll("select.fixed-by").forEach(fillVersions);
  }

  async function rollBack(manual) {
    if (!confirm(`Withdraw the version of ${manual} in effect today? The one before it takes effect again.`)) return;
    try {
      const result = await api(`/api/admin/manuals/${encodeURIComponent(manual)}/rollback`, { method: "POST" });
      $("versions-status").textContent = `Withdrew ${result.withdrawn.version}; ${result.inEffect ? `${result.inEffect.version} is in effect` : "no version is in effect today"}.`;
      await loadVersions();
    } catch (e) { $("versions-status").textContent = e.message; }
  }

  function pages(s) { return s.pageStart === s.pageEnd ? `p. ${s.pageStart}` : `pp. ${s.pageStart}–${s.pageEnd}`; }

  function pageLink(v, s) {
    const link = el("a", null, pages(s));
    link.href = `/api/admin/versions/${encodeURIComponent(v.manual)}/${encodeURIComponent(v.version)}/source#page=${s.pageStart}`;
    link.target = "_blank";
    link.rel = "noopener";
    return link;
  }

  function marked(words, side) {
    const box = el("div");
    box.append(el("span", "label", side === "before" ? "Before" : "After"));
    for (const w of words) {
      if (w.change === "same") box.append(document.createTextNode(w.text + " "));
      else if (w.change === "removed" && side === "before") box.append(el("del", null, w.text), document.createTextNode(" "));
      else if (w.change === "added" && side === "after") box.append(el("ins", null, w.text), document.createTextNode(" "));
    }
    return box;
  }

  async function openReview(manual, version) {
    const report = await api(`/api/admin/versions/${encodeURIComponent(manual)}/${encodeURIComponent(version)}/review`);
    state.reviewing = report.version;
    const v = report.version;
    $("review").hidden = false;
    $("review-title").textContent = `Review: ${v.title}, version ${v.version}`;
    $("review-summary").textContent = report.replaces
      ? `Effective ${v.effective} (${v.status}); takes over from version ${report.replaces.version} (effective ${report.replaces.effective}). ` +
        `${report.added.length} sections added, ${report.removed.length} removed, ${report.changed.length} changed, ${report.unchanged} unchanged.`
      : `Effective ${v.effective} (${v.status}); no earlier published version to compare with.`;

    const warnings = $("review-warnings");
    warnings.replaceChildren();
    if (report.warnings.length) {
      const box = el("div", "warnings");
      box.append(el("strong", null, "Warnings from ingestion"));
      const list = el("ul");
      for (const w of report.warnings) list.append(el("li", null, w));
      box.append(list);
      warnings.append(box);
    }

    const impact = $("review-impact");
    impact.replaceChildren();
    const box = el("div", "impact");
    const answers = report.impact.answers, determinations = report.impact.determinations;
    box.append(el("strong", null, `Relied on the text this version changes or removes: ${answers.length} saved answers, ${determinations.length} determinations`));
    const list = el("ul");
    for (const d of determinations) list.append(el("li", null, `Determination ${d.determination} (${d.state.toLowerCase()}, owner ${d.owner})${d.state !== "Draft" ? " — will be flagged for review when published" : ""}`));
    for (const a of answers) list.append(el("li", null, `Answer to “${a.question}” (${a.user}, ${a.at.slice(0, 10)})`));
    box.append(list);
    impact.append(box);

    const sections = $("review-sections");
    sections.replaceChildren();
    for (const [title, items] of [["Added", report.added], ["Removed", report.removed]]) {
      if (!items.length) continue;
      sections.append(el("h3", null, `${title} (${items.length})`));
      const ul = el("ul", "section-list");
      for (const s of items) {
        const li = el("li", null, `${s.section} — `);
        li.append(pageLink(title === "Removed" ? report.replaces : v, s));
        ul.append(li);
      }
      sections.append(ul);
    }
    if (report.changed.length) sections.append(el("h3", null, `Changed (${report.changed.length})`));
    for (const c of report.changed) {
      const change = el("div", "change");
      const head = el("h4", null, `${c.section} — `);
      head.append(pageLink(report.replaces, c.before), document.createTextNode(" → "), pageLink(v, c.after));
      const sides = el("div", "side-by-side");
      sides.append(marked(c.words, "before"), marked(c.words, "after"));
      change.append(head, sides);
      sections.append(change);
    }
    $("review-publish").hidden = v.status === "published";
    $("review-status").textContent = "";
    await showGate();
    $("review").scrollIntoView({ behavior: "smooth", block: "start" });
  }

  // The gate's verdict on the version under review, its last run's metrics beside those of the versions in effect now.
  const shownMetrics = ["retrieval.recall@10", "retrieval.mrr", "abstention.accuracy", "facts.recall"];
  async function showGate() {
    const v = state.reviewing;
    if (!v) return;
    const verdict = await api(`/api/admin/versions/${encodeURIComponent(v.manual)}/${encodeURIComponent(v.version)}/gate`);
    state.gate = verdict;
    const text = $("gate-verdict");
    text.textContent = verdict.reason;
    text.className = verdict.blocks ? "blocks" : "clear";
    $("gate-run").hidden = !verdict.configured || v.status === "published";
    const run = verdict.latest;
    // A run left "running" by a server that stopped is not waited on for ever: after 10 minutes it can be run again.
    const running = run && (run.status === "Queued" || run.status === "Running") && Date.now() - Date.parse(run.requestedAt) < 10 * 60 * 1000;
    $("gate-run").disabled = !!running;
    $("gate-override").hidden = !verdict.blocks || !state.user.roles.includes("admin") || v.status === "published";
    const body = $("gate-metrics").querySelector("tbody");
    body.replaceChildren();
    if (run && run.finishedAt) {
      const keys = [...new Set([...shownMetrics, ...run.floors.map((f) => f.split("=")[0].replace(/^(recall@|mrr|ndcg@)/, "retrieval.$1"))])].filter((k) => k in run.staged);
      for (const key of keys) {
        const row = el("tr");
        const fmt = (x) => (x === null || x === undefined ? "—" : Number(x).toFixed(3));
        row.append(el("td", null, key), el("td", "num", fmt(run.staged[key])), el("td", "num", fmt(run.active[key])));
        body.append(row);
      }
    }
    $("gate-metrics").hidden = !body.children.length;
    if (running) setTimeout(showGate, 1000);
  }

  async function runGate() {
    const v = state.reviewing;
    if (!v) return;
    $("gate-run").disabled = true;
    try { await api(`/api/admin/versions/${encodeURIComponent(v.manual)}/${encodeURIComponent(v.version)}/gate`, { method: "POST" }); }
    catch (e) { $("gate-verdict").textContent = e.message; }
    await showGate();
  }

  async function publish() {
    const v = state.reviewing;
    if (!v) return;
    $("review-publish").disabled = true;
    try {
      const reason = $("gate-override").hidden ? "" : $("gate-reason").value.trim();
      const result = await api(`/api/admin/versions/${encodeURIComponent(v.manual)}/${encodeURIComponent(v.version)}/publish`, {
        method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(reason ? { override: reason } : {}),
      });
      const flagged = result.flagged.length ? ` ${result.flagged.length} decided determinations flagged for review; their caseworkers were notified.` : "";
      await loadVersions();
      await openReview(v.manual, v.version);
      $("review-status").textContent = `Published ${result.published.version}.${flagged}`;
    } catch (e) { $("review-status").textContent = e.message; }
    finally { $("review-publish").disabled = false; }
  }

  // ---- Feedback inbox --------------------------------------------------------------------------------------

  // The versions a resolution may name, kept current as versions are uploaded and published.
  function fillVersions(select) {
    const chosen = select.value;
    select.replaceChildren(new Option("—", ""));
    for (const { version: v } of state.versions) select.append(new Option(`${v.manual}@${v.version} (${v.status})`, `${v.manual}@${v.version}`));
    select.value = chosen;
  }

  async function loadFeedback() {
    const items = await api(`/api/admin/feedback${$("feedback-all").checked ? "?all=true" : ""}`);
    const box = $("feedback");
    box.replaceChildren();
    if (!items.length) box.append(el("p", "status", "No open feedback."));
    for (const f of items) box.append(feedbackItem(f));
  }

  function feedbackItem(f) {
    const item = el("div", "feedback-item");
    item.dataset.feedback = f.id;
    item.append(el("div", "meta", `${f.kind.toUpperCase()} — from ${f.user}, ${f.createdAt.slice(0, 10)}, rules as of ${f.asOf}`));
    item.append(el("div", "question", f.question));
    item.append(el("div", "answer", f.answerText));
    if (f.comment) item.append(el("p", null, `Comment: ${f.comment}`));
    if (f.citations.length) {
      const sources = el("ul", "sources");
      for (const c of f.citations) sources.append(el("li", null, `[${c.number}] ${c.manualTitle}, version ${c.version}, ${c.sectionPath}, p. ${c.pageStart}: “${c.citedText}”`));
      item.append(sources);
    }
    if (f.status === "Resolved" || f.status === "resolved") {
      item.append(el("p", "status", `Resolved by ${f.resolvedBy}: ${f.resolutionNote}${f.fixedByVersion ? ` (fixed in ${f.fixedByVersion})` : ""}`));
      return item;
    }
    const form = el("form");
    const noteLabel = el("label", null, "Resolution note");
    const note = el("input");
    note.required = true;
    note.maxLength = 2000;
    noteLabel.append(note);
    const fixLabel = el("label", null, "Fixed by version (optional)");
    const fix = el("select", "fixed-by");
    fillVersions(fix);
    fixLabel.append(fix);
    const button = el("button", null, "Resolve");
    button.type = "submit";
    const error = el("p", "error");
    form.append(noteLabel, fixLabel, button);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        await api(`/api/admin/feedback/${encodeURIComponent(f.id)}/resolve`, {
          method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ note: note.value, fixedBy: fix.value || null }),
        });
        await loadFeedback();
      } catch (e) { error.textContent = e.message; }
    });
    item.append(form, error);
    return item;
  }

  $("sign-in").addEventListener("submit", signIn);
  $("sign-out").addEventListener("click", signOut);
  $("files").addEventListener("change", offered);
  $("upload").addEventListener("submit", upload);
  $("review-close").addEventListener("click", () => { $("review").hidden = true; state.reviewing = null; });
  $("review-publish").addEventListener("click", publish);
  $("gate-run").addEventListener("click", runGate);
  $("feedback-all").addEventListener("change", loadFeedback);
  start();
})();
