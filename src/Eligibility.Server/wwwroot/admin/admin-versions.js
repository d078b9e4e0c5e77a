// The admin page's versions: the table, rollback, the review of one version (sections added, removed and changed
// word by word, warnings, impact), its publish gate, and publishing.
"use strict";
(() => {
  const admin = window.EligibilityAdmin;
  const { $, el, api, state } = admin;
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
    document.querySelectorAll("select.fixed-by").forEach(admin.feedback.fillVersions);
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

  admin.versions = { load: loadVersions, open: openReview };
  $("review-close").addEventListener("click", () => { $("review").hidden = true; state.reviewing = null; });
  $("review-publish").addEventListener("click", publish);
  $("gate-run").addEventListener("click", runGate);
})();
