// The admin page's feedback inbox: answers caseworkers marked wrong or outdated, resolved with a note and, optionally,
// the version that fixes them.
"use strict";
(() => {
  const admin = window.EligibilityAdmin;
  const { $, el, api, state } = admin;
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

  admin.feedback = { load: loadFeedback, fillVersions };
  $("feedback-all").addEventListener("change", loadFeedback);
})();
