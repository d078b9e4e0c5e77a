// The server's problems with the case facts (400 problem+json, problems: [{ field, message }]) shown next to
// the controls their field paths name ("household[2].age", "income[1].amount", "benefitMonth"), with a summary
// at the top of the form linking to each. The checks here only give an early hint; the server validates.
"use strict";
window.CaseProblems = (() => {
  const $ = (id) => document.getElementById(id);
  const { el } = window.EligibilityPanel;
  const FIELD_NAMES = { caseReference: "Case reference", program: "Program", county: "County", benefitMonth: "Benefit month", household: "Household",
    income: "Income", resources: "Property", notes: "Notes", contact: "Contact", name: "name", age: "age", relationship: "relationship",
    immigrationStatus: "immigration status", ssn: "SSN", cin: "CIN", dateOfBirth: "date of birth", pregnant: "pregnant", disabled: "disabled",
    blind: "blind", member: "member", type: "type", amount: "amount", frequency: "frequency", value: "value", exempt: "exempt",
    description: "description", phone: "phone", email: "email", address: "address" };

  let ids = 0;
  const nextId = () => `cp-${++ids}`;

  function clear() {
    document.querySelectorAll("#case-form .field-error").forEach((n) => n.remove());
    document.querySelectorAll("#case-form [aria-invalid]").forEach((n) => {
      n.removeAttribute("aria-invalid");
      n.removeAttribute("aria-describedby");
    });
    $("case-problems").hidden = true;
    $("case-problems").textContent = "";
  }

  // The control or row a field path names: the exact path, else the nearest enclosing one ("household[2]", "household").
  function target(path) {
    const all = [...document.querySelectorAll("#case-form [data-field]")];
    let at = String(path || "").replace(/\s+/g, "").toLowerCase();
    while (at) {
      const found = all.find((n) => n.dataset.field.toLowerCase() === at);
      if (found) return found;
      const shorter = at.replace(/(\.[^.[\]]*|\[\d+\])$/, "");
      if (shorter === at) return null;
      at = shorter;
    }
    return null;
  }

  function describe(path) {
    const match = /^(household|income|resources)\[(\d+)\](?:\.(\w+))?$/i.exec(path || "");
    if (match) {
      // The row's own title ("Member 2", "Income 1"), or the list's name when the row is gone.
      const row = document.querySelector(`#case-form [data-field="${match[1].toLowerCase()}[${match[2]}]"] .row-title`)?.textContent;
      return `${row || FIELD_NAMES[match[1].toLowerCase()] + " " + match[2]}${match[3] ? ", " + (FIELD_NAMES[match[3]] || match[3]) : ""}`;
    }
    const [head, ...rest] = String(path || "").split(".");
    return [FIELD_NAMES[head] || head, ...rest.map((r) => FIELD_NAMES[r] || r)].join(", ") || "The case";
  }

  function markField(node, message) {
    const note = el("p", "field-error", message);
    note.id = nextId();
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName)) {
      const box = node.closest(".field");
      if (box) box.append(note); else (node.closest("label") || node).after(note);
      node.setAttribute("aria-invalid", "true");
      node.setAttribute("aria-describedby", [node.getAttribute("aria-describedby"), note.id].filter(Boolean).join(" "));
      const details = node.closest("details");
      if (details) details.open = true;
    } else {
      const head = node.querySelector(":scope > .row-head, :scope > legend, :scope > summary");
      if (head) head.after(note); else node.prepend(note);
      if (node.tagName === "DETAILS") node.open = true;
    }
    return note;
  }

  // Shows each problem by its field and a summary at the top; returns the summary element to focus.
  function show(title, problems) {
    clear();
    const box = $("case-problems");
    box.append(el("strong", "", title || "Some facts need fixing"));
    const list = el("ul");
    for (const problem of problems) {
      const node = target(problem.field);
      const message = problem.message || "is not valid";
      const item = el("li");
      const label = describe(problem.field);
      if (node) {
        markField(node, message);
        if (!node.id) node.id = nextId();
        const go = el("a", "", `${label}: ${message}`);
        go.href = `#${node.id}`;
        go.addEventListener("click", (event) => {
          event.preventDefault();
          const focusable = /^(INPUT|SELECT|TEXTAREA)$/.test(node.tagName) ? node : node.querySelector("input, select, textarea, button");
          (focusable || node).focus();
          node.scrollIntoView({ block: "center" });
        });
        item.append(go);
      } else {
        item.textContent = `${label}: ${message}`;
      }
      list.append(item);
    }
    if (problems.length) box.append(list);
    box.hidden = false;
    return box;
  }

  // Editing a field takes its problem away; the next submit asks the server again.
  function unmark(node) {
    for (const id of (node.getAttribute("aria-describedby") || "").split(" ")) {
      if (document.getElementById(id)?.classList.contains("field-error")) document.getElementById(id).remove();
    }
    node.removeAttribute("aria-invalid");
    node.removeAttribute("aria-describedby");
  }

  function edited(event) {
    if (event.target.getAttribute?.("aria-invalid") === "true") unmark(event.target);
  }

  // An early hint for out-of-range numbers; the server's answer replaces it on submit. A hint that would appear
  // while a pointer is down (the click that left the field) waits until the click is done, so the layout does
  // not shift under the pointer and swallow the click.
  let pressing = false;
  const waiting = [];
  document.addEventListener("pointerdown", () => { pressing = true; }, true);
  document.addEventListener("pointerup", () => {
    pressing = false;
    setTimeout(() => waiting.splice(0).forEach((show) => show()), 0);
  }, true);

  function hint(event) {
    const node = event.target;
    if (!(node instanceof HTMLInputElement) || node.type !== "number") return;
    unmark(node);
    if (node.validity.valid) return;
    const show = () => { if (!node.validity.valid && node.isConnected) markField(node, node.validationMessage); };
    if (pressing) waiting.push(show); else show();
  }

  $("case-form").addEventListener("input", edited);
  $("case-form").addEventListener("change", hint);
  return { show, clear };
})();
