// Renders a determination (GET /api/determinations/{id}): outcome, the DRAFT banner, reasoning steps with
// citation chips, the calculator's figures with each limit's source, missing information, the cited manual
// versions, the decision controls while it is a draft, and the decision record once it is final.
"use strict";
window.DeterminationView = (() => {
  const { el, showPassage } = window.EligibilityPanel;

  const OUTCOMES = {
    likelyeligible: ["Likely eligible", "eligible"], likelyineligible: ["Likely ineligible", "ineligible"],
    cannottellyet: ["Cannot tell yet", "unknown"], lefttocaseworker: ["Left to you", "left"],
  };
  const squash = (value) => String(value ?? "").replace(/[^a-z0-9]/gi, "").toLowerCase();
  const outcomeLabel = (value) => OUTCOMES[squash(value)]?.[0] || String(value ?? "");
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
  const dollars = (n) => (n === null || n === undefined ? "—" : money.format(n));
  const percent = (n) => (n === null || n === undefined ? "—" : `${Number(n).toLocaleString("en-US", { maximumFractionDigits: 1 })}%`);
  const when = (iso) => (iso ? new Date(iso).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" }) : "");
  const month = (iso) => (iso ? new Date(`${String(iso).slice(0, 7)}-01T12:00:00`).toLocaleDateString("en-US", { month: "long", year: "numeric" }) : "");

  const badge = (outcome) => el("span", `badge outcome-${OUTCOMES[squash(outcome)]?.[1] || "unknown"}`, outcomeLabel(outcome));

  function section(title, ...children) {
    const node = el("section", "det-section");
    node.append(el("h3", "", title), ...children);
    return node;
  }

  function list(tag, items, render) {
    const node = el(tag);
    for (const item of items) {
      const li = el("li");
      const content = render(item);
      if (typeof content === "string") li.textContent = content; else li.append(...[content].flat());
      node.append(li);
    }
    return node;
  }

  function button(text, className, onClick) {
    const node = el("button", className, text);
    node.type = "button";
    if (onClick) node.addEventListener("click", onClick);
    return node;
  }

  // A numbered chip that opens the cited passage with the quoted span highlighted.
  function chip(citation, number, onError) {
    const node = button(String(number), "cite");
    node.setAttribute("aria-label", citation ? `Show cited passage ${number}: ${citation.manualTitle}, version ${citation.version}` : `Citation ${number} (not found)`);
    if (!citation) { node.disabled = true; return node; }
    node.addEventListener("click", () => {
      const span = citation.end > citation.start ? [citation.start, citation.end] : citation.citedText;
      showPassage(citation.passageId, [span], node).catch((error) => onError(`Could not open the passage: ${error.message}`));
    });
    return node;
  }

  // Step text with "[n]" markers as chips (or the step's citations after it), unverified figures marked.
  function step(item, citations, onError) {
    const li = el("li", item.supported ? "" : "unsupported-step");
    const text = el("span", item.supported ? "" : "unsupported");
    const marked = new Set();
    for (const part of String(item.text).split(/(\[\d+\])/)) {
      const match = /^\[(\d+)\]$/.exec(part);
      if (match) {
        const number = Number(match[1]);
        marked.add(number);
        text.append(chip(citations.get(number), number, onError));
      } else {
        appendWithFigures(text, part, item.unverifiedFigures || []);
      }
    }
    li.append(text);
    for (const number of item.citations || []) if (!marked.has(number)) li.append(" ", chip(citations.get(number), number, onError));
    if (!item.supported) li.append(el("div", "flag", "Not supported by a cited passage: check it against the manual."));
    if (item.unverifiedFigures?.length) li.append(el("div", "flag", `Not from the calculator: ${item.unverifiedFigures.join(", ")}`));
    return li;
  }

  function appendWithFigures(node, text, figures) {
    if (!figures.length) { node.append(text); return; }
    const pattern = new RegExp(`(${figures.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
    for (const piece of text.split(pattern)) {
      if (figures.includes(piece)) {
        const mark = el("mark", "unverified", piece);
        mark.title = "This figure was not produced by the calculator";
        node.append(mark);
      } else if (piece) {
        node.append(piece);
      }
    }
  }

  function source(text, effective) {
    const node = el("div", "source");
    node.textContent = [effective ? `effective ${effective}` : "", text || ""].filter(Boolean).join(" · ");
    return node;
  }

  function figuresTable(figures) {
    const table = el("table", "figures");
    const body = el("tbody");
    const row = (label, value, ...notes) => {
      const tr = el("tr");
      const td = el("td");
      td.append(value, ...notes);
      tr.append(Object.assign(el("th", "", label), { scope: "row" }), td);
      body.append(tr);
    };
    row("Household size", String(figures.householdSize));
    const income = figures.income;
    if (income) {
      row("Countable income", `${dollars(income.countableMonthlyIncome)} a month`);
      row("Of the poverty level", percent(income.percentOfPovertyLevel));
      row("Poverty guideline", `${dollars(income.annualGuideline)} a year (${dollars(income.monthlyGuideline)} a month)`,
        source(`${income.guideline?.year ?? ""} guideline; ${income.guideline?.source ?? ""}`, income.guideline?.effective));
    }
    const test = figures.incomeTest;
    if (test) {
      const result = el("strong", test.withinLimit ? "within" : "over", test.withinLimit ? " within the limit" : " over the limit");
      row("Income limit", `${percent(test.limit?.percentOfPovertyLevel)} = ${dollars(test.monthlyLimit)} a month;`, result,
        source(`${test.limit?.description ?? ""}; ${test.limit?.source ?? ""}`, test.limit?.effective));
    }
    const property = figures.propertyTest;
    if (property) {
      const result = el("strong", property.withinLimit ? "within" : "over", property.withinLimit ? " within the limit" : " over the limit");
      row("Property", `${dollars(property.countableProperty)} countable; limit ${property.limitAmount === null || property.limitAmount === undefined ? "none" : dollars(property.limitAmount)};`, result,
        source(`${property.limit?.description ?? ""}; ${property.limit?.source ?? ""}`, property.limit?.effective));
    }
    table.append(body);
    const wrap = el("div");
    wrap.append(table);
    if (figures.steps?.length) {
      const details = el("details", "calc-steps");
      details.append(el("summary", "", "How the calculator got these"), list("ol", figures.steps, (s) => s));
      wrap.append(details);
    }
    if (figures.unavailable?.length) wrap.append(el("p", "flag", "Could not compute:"), list("ul", figures.unavailable, (s) => s));
    return wrap;
  }

  function factsSummary(facts) {
    const details = el("details", "facts");
    details.append(el("summary", "", "Facts as entered"));
    const members = (facts.household || []).map((m, i) =>
      `${i + 1}. ${m.name}, ${m.age}, ${String(m.relationship).toLowerCase()}${m.pregnant ? ", pregnant" : ""}${m.disabled ? ", disabled" : ""}${m.blind ? ", blind" : ""}`);
    const income = (facts.income || []).map((x) => `member ${Number(x.member) + 1}: ${String(x.type).toLowerCase()} ${dollars(x.amount)} ${String(x.frequency).toLowerCase()}`);
    const property = (facts.resources || []).map((r) => `${String(r.type).toLowerCase()} ${dollars(r.value)}${r.exempt ? " (exempt)" : ""}${r.description ? " — " + r.description : ""}`);
    details.append(el("div", "hint", "Household"), list("ul", members, (s) => s));
    if (income.length) details.append(el("div", "hint", "Income"), list("ul", income, (s) => s));
    if (property.length) details.append(el("div", "hint", "Property"), list("ul", property, (s) => s));
    if (facts.notes) details.append(el("div", "hint", "Notes"), el("p", "pre", facts.notes));
    return details;
  }

  function decisionRecord(view) {
    const d = view.decision;
    const node = el("section", `det-section decision state-${squash(d.state)}`);
    node.append(el("h3", "", `${String(d.state).toUpperCase()} by ${d.decidedBy}`), el("div", "meta", when(d.decidedAt)));
    const outcome = el("p");
    outcome.append("Final outcome: ", badge(d.finalOutcome));
    node.append(outcome, el("div", "hint", "Summary"), el("p", "pre", d.finalSummary));
    if (d.amendments?.length) {
      // Stacked rather than side by side: a before/after table is too narrow for a summary in a 400 px panel.
      const diff = el("div", "diff");
      diff.append(el("div", "hint", "Changes to the draft"));
      for (const a of d.amendments) {
        const shown = (v) => (a.field === "outcome" ? outcomeLabel(v) : v);
        const change = el("div", "change");
        const before = el("div", "change-row");
        before.append(el("span", "change-label", "Draft"), el("del", "", shown(a.before)));
        const after = el("div", "change-row");
        after.append(el("span", "change-label", "Decided"), el("ins", "", shown(a.after)));
        change.append(el("div", "change-field", a.field), before, after);
        diff.append(change);
      }
      node.append(diff);
    }
    if (d.reason) node.append(el("div", "hint", "Reason"), el("p", "pre", d.reason));
    return node;
  }

  // The Approve / Amend / Reject controls; `decide(body)` posts and rejects with an Error to show.
  function decisionControls(view, decide) {
    const node = el("section", "det-section decide");
    node.setAttribute("aria-labelledby", "decide-title");
    const title = el("h3", "", "Your decision");
    title.id = "decide-title";
    const leftToYou = squash(view.draft.outcome) === "lefttocaseworker";
    const error = el("p", "error");
    error.setAttribute("role", "alert");
    const buttons = el("div", "decide-buttons");
    const approve = button("Approve", "approve");
    const amend = button("Amend…", "secondary");
    const reject = button("Reject…", "secondary danger");
    buttons.append(approve, amend, reject);
    node.append(title, buttons);
    if (leftToYou) {
      approve.disabled = true;
      const hint = el("p", "hint", "The draft proposes no outcome, so there is nothing to approve: amend it with the outcome you decide.");
      hint.id = "approve-hint";
      approve.setAttribute("aria-describedby", hint.id);
      node.append(hint);
    }

    const amendForm = el("form", "decide-form");
    amendForm.hidden = true;
    const outcome = el("select");
    outcome.append(new Option("Choose the outcome…", ""), new Option("Likely eligible", "likely-eligible"),
      new Option("Likely ineligible", "likely-ineligible"), new Option("Cannot tell yet", "cannot-tell-yet"));
    outcome.value = leftToYou ? "" : String(view.draft.outcome).replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
    const summary = el("textarea");
    summary.rows = 5;
    summary.value = view.draft.summary || "";
    const amendReason = el("textarea");
    amendReason.rows = 2;
    const label = (text, control) => { const l = el("label", "", `${text} `); l.append(control); return l; };
    amendForm.append(label("Outcome", outcome), label("Summary", summary), label("Why you changed it (optional)", amendReason),
      row(Object.assign(button("Save as amended"), { type: "submit" }), button("Cancel", "link", () => toggle(null))));

    const rejectForm = el("form", "decide-form");
    rejectForm.hidden = true;
    const reason = el("textarea");
    reason.rows = 3;
    reason.required = true;
    rejectForm.append(label("Reason for rejecting (required)", reason),
      row(Object.assign(button("Reject draft", "danger-solid"), { type: "submit" }), button("Cancel", "link", () => toggle(null))));
    node.append(amendForm, rejectForm, error);

    function row(...children) { const r = el("div", "row"); r.append(...children); return r; }
    function toggle(open) {
      amendForm.hidden = open !== amendForm;
      rejectForm.hidden = open !== rejectForm;
      amend.setAttribute("aria-expanded", String(open === amendForm));
      reject.setAttribute("aria-expanded", String(open === rejectForm));
      error.textContent = "";
      (open?.querySelector("select, textarea") || amend).focus();
    }
    amend.setAttribute("aria-expanded", "false");
    reject.setAttribute("aria-expanded", "false");
    amend.addEventListener("click", () => toggle(amendForm.hidden ? amendForm : null));
    reject.addEventListener("click", () => toggle(rejectForm.hidden ? rejectForm : null));

    async function send(body, focusOnError) {
      error.textContent = "";
      node.setAttribute("aria-busy", "true");
      node.querySelectorAll("button").forEach((b) => { b.dataset.wasDisabled = b.disabled; b.disabled = true; });
      try {
        await decide(body);
      } catch (e) {
        error.textContent = e.message;
        node.querySelectorAll("button").forEach((b) => { b.disabled = b.dataset.wasDisabled === "true"; });
        (focusOnError || approve).focus();
      } finally {
        node.removeAttribute("aria-busy");
      }
    }
    approve.addEventListener("click", () => send({ decision: "approved" }));
    amendForm.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!outcome.value) { error.textContent = "Choose the outcome you decide."; outcome.focus(); return; }
      send({ decision: "amended", outcome: outcome.value, summary: summary.value.trim(), reason: amendReason.value.trim() || null }, outcome);
    });
    rejectForm.addEventListener("submit", (e) => {
      e.preventDefault();
      if (!reason.value.trim()) { error.textContent = "Give the reason for rejecting the draft."; reason.focus(); return; }
      send({ decision: "rejected", reason: reason.value.trim() }, reason);
    });
    return node;
  }

  /**
   * Builds the view. `actions`: decide(body) → Promise, open(id), correct(view), back(), newCase(), error(message).
   */
  function render(view, actions) {
    const draft = view.draft;
    const citations = new Map((draft.citations || []).map((c) => [c.number, c]));
    const root = el("div");

    const bar = el("div", "det-toolbar");
    bar.append(button("← Case facts", "link", actions.back), button("New case", "link", actions.newCase));
    root.append(bar);

    const head = el("div", "det-head");
    const title = el("h2", "", view.state === "Draft" ? "Draft determination" : "Determination");
    title.id = "determination-title";
    head.append(title, badge(view.decision?.finalOutcome ?? draft.outcome));
    root.append(head);
    if (view.state === "Draft") root.append(el("p", "banner draft", "DRAFT — not a determination until you approve it"));
    else root.append(el("p", `banner final state-${squash(view.state)}`, `${String(view.state).toUpperCase()} — final; make a correction to change it`));

    const facts = view.facts || {};
    const meta = el("div", "meta");
    meta.append(el("strong", "", view.id), ` · ${facts.county} · ${squash(facts.program) === "nonmagi" ? "Non-MAGI" : "MAGI"} Medi-Cal · ${month(facts.benefitMonth)}`,
      facts.caseReference ? ` · ref ${facts.caseReference}` : "", el("br"), `Drafted by ${view.createdBy}, ${when(view.createdAt)}`);
    root.append(meta);
    if (view.corrects) {
      const note = el("p", "links");
      note.append("Corrects ", button(view.corrects, "link inline", () => actions.open(view.corrects)));
      root.append(note);
    }
    if (view.corrections?.length) {
      const note = el("p", "links");
      note.append("Corrected by ");
      view.corrections.forEach((id, i) => note.append(i ? ", " : "", button(id, "link inline", () => actions.open(id))));
      root.append(note);
    }

    const mode = draft.mode === "Generated" ? `Drafted by ${draft.model || "a model"}` : "Extracted passages — no model";
    root.append(el("div", "mode", `${mode} · rules as of ${draft.asOf}`));
    if (draft.droppedCitations > 0) root.append(el("p", "flag", `${draft.droppedCitations} citation(s) the model gave could not be found in the passages and were dropped.`));

    // Once decided, the decision (with the final summary) leads; the draft's reasoning follows as the record.
    if (view.decision) root.append(decisionRecord(view));
    else root.append(section("Summary", el("p", "pre", draft.summary)));
    if (draft.steps?.length) {
      const steps = el("ol", "steps");
      for (const item of draft.steps) steps.append(step(item, citations, actions.error));
      root.append(section("Reasoning", steps));
    }
    root.append(section("Figures", figuresTable(draft.figures || {})));
    if (draft.missingInformation?.length) root.append(section("Missing information", list("ul", draft.missingInformation, (s) => s)));
    if (citations.size) {
      root.append(section("Cited passages", list("ol", [...citations.values()], (c) => {
        const quote = el("q", "", c.citedText);
        return [chip(c, c.number, actions.error), ` ${c.manualTitle}, ${c.sectionPath.split(" > ").pop()} — version ${c.version}, effective ${c.effectiveDate}, p. ${c.pageStart === c.pageEnd ? c.pageStart : c.pageStart + "–" + c.pageEnd} `, quote];
      })));
      root.lastChild.querySelector("ol").className = "sources cited";
    }
    root.append(factsSummary(facts));

    if (!view.decision) {
      root.append(view.canDecide ? decisionControls(view, actions.decide)
        : el("p", "hint", "You can read this draft; deciding it needs a caseworker signed in to the panel."));
    }

    const links = el("div", "det-actions");
    const print = el("a", "button-link", "Print");
    print.href = `/api/determinations/${encodeURIComponent(view.id)}/print`;
    print.target = "_blank";
    print.rel = "noopener";
    links.append(print);
    if (view.decision) links.append(button("Correct", "secondary", () => actions.correct(view)));
    root.append(links);
    return root;
  }

  return { render, outcomeLabel, badge, when, month };
})();
