// The case-facts form of the Case view: repeatable household, income and property rows (each control named by
// its field path in data-field, "household[2].age", so that case-problems.js can find it), the request body
// for POST /api/determinations, and prefilling from a determination's facts (corrections).
"use strict";
window.CaseForm = (() => {
  const $ = (id) => document.getElementById(id);
  const { el } = window.EligibilityPanel;
  const problems = window.CaseProblems;

  const COUNTIES = [
    "Alameda", "Alpine", "Amador", "Butte", "Calaveras", "Colusa", "Contra Costa", "Del Norte", "El Dorado", "Fresno",
    "Glenn", "Humboldt", "Imperial", "Inyo", "Kern", "Kings", "Lake", "Lassen", "Los Angeles", "Madera",
    "Marin", "Mariposa", "Mendocino", "Merced", "Modoc", "Mono", "Monterey", "Napa", "Nevada", "Orange",
    "Placer", "Plumas", "Riverside", "Sacramento", "San Benito", "San Bernardino", "San Diego", "San Francisco", "San Joaquin", "San Luis Obispo",
    "San Mateo", "Santa Barbara", "Santa Clara", "Santa Cruz", "Shasta", "Sierra", "Siskiyou", "Solano", "Sonoma", "Stanislaus",
    "Sutter", "Tehama", "Trinity", "Tulare", "Tuolumne", "Ventura", "Yolo", "Yuba",
  ];
  const RELATIONSHIPS = [["self", "Self (applicant)"], ["spouse", "Spouse"], ["partner", "Partner"], ["child", "Child"], ["stepchild", "Stepchild"],
    ["parent", "Parent"], ["sibling", "Sibling"], ["other-relative", "Other relative"], ["other", "Other"]];
  const STATUSES = [["unknown", "Unknown"], ["citizen", "U.S. citizen"], ["lawful-permanent-resident", "Lawful permanent resident"],
    ["other-qualified", "Other qualified noncitizen"], ["undocumented", "Undocumented"]];
  const INCOME_TYPES = [["wages", "Wages"], ["self-employment", "Self-employment"], ["unemployment", "Unemployment"], ["social-security", "Social Security"],
    ["ssi", "SSI"], ["pension", "Pension"], ["child-support", "Child support"], ["alimony", "Alimony"], ["rental", "Rental"], ["other", "Other"]];
  const FREQUENCIES = [["weekly", "Weekly"], ["biweekly", "Every two weeks"], ["semimonthly", "Twice a month"], ["monthly", "Monthly"],
    ["quarterly", "Quarterly"], ["annual", "Yearly"]];
  const RESOURCE_TYPES = [["cash", "Cash"], ["bank-account", "Bank account"], ["vehicle", "Vehicle"], ["home", "Home"],
    ["other-real-property", "Other real property"], ["retirement", "Retirement account"], ["life-insurance", "Life insurance"], ["other", "Other"]];
  const ROW_NAMES = { household: "Member", income: "Income", resources: "Property" };

  let ids = 0;
  const nextId = () => `cf-${++ids}`;

  function select(options, value) {
    const node = el("select");
    for (const [v, label] of options) node.append(new Option(label, v));
    if (value !== undefined) node.value = value;
    return node;
  }

  // A label wrapping its control, in a box that also holds the control's problem; `part` ends the field path.
  function field(text, control, part) {
    control.dataset.part = part;
    if (!control.id) control.id = nextId();
    const label = el("label", "", `${text} `);
    label.append(control);
    const box = el("div", "field");
    box.append(label);
    return box;
  }

  function input(type, attributes = {}) {
    const node = el("input");
    node.type = type;
    for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
    return node;
  }

  function checkbox(text, part) {
    const box = input("checkbox");
    box.dataset.part = part;
    box.id = nextId();
    const label = el("label", "check", "");
    label.append(box, document.createTextNode(` ${text}`));
    return label;
  }

  function removeButton(text, onClick) {
    const button = el("button", "link remove", "Remove");
    button.type = "button";
    button.setAttribute("aria-label", text);
    button.addEventListener("click", onClick);
    return button;
  }

  function rowHead(row, removable, kind) {
    const head = el("div", "row-head");
    const title = el("h3", "row-title");
    head.append(title);
    if (removable) head.append(removeButton(`Remove ${kind}`, () => removeRow(row)));
    return head;
  }

  function memberRow(first) {
    const row = el("fieldset", "item member");
    row.dataset.list = "household";
    const relationship = select(first ? RELATIONSHIPS.slice(0, 1) : RELATIONSHIPS.slice(1), first ? "self" : "child");
    if (first) relationship.disabled = true;
    const name = input("text", { autocomplete: "off", maxlength: "100" });
    name.addEventListener("input", refreshMemberChoices);
    const identifiers = el("details", "identifiers");
    identifiers.append(el("summary", "", "SSN, CIN, date of birth"),
      grid(field("SSN", input("text", { autocomplete: "off", inputmode: "numeric" }), "ssn"), field("CIN", input("text", { autocomplete: "off" }), "cin")),
      field("Date of birth", input("date"), "dateOfBirth"));
    const flags = el("div", "checks");
    flags.append(checkbox("Pregnant", "pregnant"), checkbox("Disabled", "disabled"), checkbox("Blind", "blind"));
    row.append(rowHead(row, !first, "member"), field("Name", name, "name"),
      grid(field("Age", input("number", { min: "0", max: "120", step: "1", inputmode: "numeric" }), "age"), field("Relationship", relationship, "relationship")),
      field("Immigration status", select(STATUSES, "unknown"), "immigrationStatus"), flags, identifiers);
    return row;
  }

  function incomeRow() {
    const row = el("fieldset", "item income");
    row.dataset.list = "income";
    const member = el("select");
    member.dataset.member = "";
    row.append(rowHead(row, true, "income"),
      grid(field("Member", member, "member"), field("Type", select(INCOME_TYPES, "wages"), "type")),
      grid(field("Amount ($)", input("number", { min: "0", step: "0.01", inputmode: "decimal" }), "amount"), field("How often", select(FREQUENCIES, "monthly"), "frequency")));
    return row;
  }

  function resourceRow() {
    const row = el("fieldset", "item resource");
    row.dataset.list = "resources";
    row.append(rowHead(row, true, "property"),
      grid(field("Type", select(RESOURCE_TYPES, "bank-account"), "type"), field("Value ($)", input("number", { min: "0", step: "0.01", inputmode: "decimal" }), "value")),
      checkbox("Exempt", "exempt"), field("Description", input("text", { autocomplete: "off", maxlength: "200" }), "description"));
    return row;
  }

  function grid(...children) {
    const node = el("div", "grid");
    node.append(...children);
    return node;
  }

  const rows = (list) => [...$(list === "household" ? "members" : list === "income" ? "incomes" : "resources").children];

  function addRow(list, focus) {
    const container = $(list === "household" ? "members" : list === "income" ? "incomes" : "resources");
    const row = list === "household" ? memberRow(container.children.length === 0) : list === "income" ? incomeRow() : resourceRow();
    container.append(row);
    renumber();
    if (focus) row.querySelector("input, select:not([disabled])")?.focus();
    return row;
  }

  function removeRow(row) {
    const list = row.dataset.list;
    const position = rows(list).indexOf(row) + 1;
    const next = row.nextElementSibling || row.previousElementSibling;
    row.remove();
    if (list === "household") {
      // Income names members by position: shift the later ones down, and leave the removed member's income unassigned.
      for (const choice of document.querySelectorAll("#incomes select[data-member]")) {
        const at = Number(choice.value);
        choice.dataset.pending = at === position ? "" : at > position ? String(at - 1) : String(at);
      }
    }
    renumber();
    (next?.querySelector("input, select:not([disabled])") || $(`add-${list === "household" ? "member" : list === "income" ? "income" : "resource"}`)).focus();
  }

  // Field paths and titles follow the positions: household[1] is the first member.
  function renumber() {
    for (const list of ["household", "income", "resources"]) {
      rows(list).forEach((row, i) => {
        const at = `${list}[${i + 1}]`;
        row.dataset.field = at;
        row.querySelector(".row-title").textContent = list === "household" ? (i === 0 ? "Member 1 · applicant" : `Member ${i + 1}`) : `${ROW_NAMES[list]} ${i + 1}`;
        row.querySelector(".remove")?.setAttribute("aria-label", `Remove ${ROW_NAMES[list].toLowerCase()} ${i + 1}`);
        row.setAttribute("aria-label", row.querySelector(".row-title").textContent);
        for (const control of row.querySelectorAll("[data-part]")) control.dataset.field = `${at}.${control.dataset.part}`;
      });
    }
    $("no-income").hidden = rows("income").length > 0;
    $("no-resources").hidden = rows("resources").length > 0;
    refreshMemberChoices();
  }

  function refreshMemberChoices() {
    const members = rows("household").map((row, i) => {
      const name = row.querySelector("[data-part=name]").value.trim();
      return [String(i + 1), `${i + 1}${name ? " · " + name : i === 0 ? " · applicant" : ""}`];
    });
    for (const choice of document.querySelectorAll("#incomes select[data-member]")) {
      const wanted = choice.dataset.pending ?? (choice.value || "1");
      delete choice.dataset.pending;
      choice.textContent = "";
      choice.append(new Option("Choose…", ""), ...members.map(([v, label]) => new Option(label, v)));
      choice.value = members.some(([v]) => v === wanted) ? wanted : "";
    }
  }

  // --- the request body ---

  const text = (node) => node.value.trim() || null;
  const number = (node) => (node.value === "" ? null : Number(node.value));
  const part = (row, name) => row.querySelector(`[data-part="${name}"]`);

  function collect() {
    const contact = { phone: text($("contact-phone")), email: text($("contact-email")), address: text($("contact-address")) };
    return {
      caseReference: text($("case-reference")),
      program: $("case-program").value,
      county: $("case-county").value || null,
      benefitMonth: $("case-month").value || null,
      household: rows("household").map((row) => ({
        name: text(part(row, "name")),
        age: number(part(row, "age")),
        relationship: part(row, "relationship").value,
        pregnant: part(row, "pregnant").checked,
        disabled: part(row, "disabled").checked,
        blind: part(row, "blind").checked,
        immigrationStatus: part(row, "immigrationStatus").value,
        ssn: text(part(row, "ssn")),
        cin: text(part(row, "cin")),
        dateOfBirth: part(row, "dateOfBirth").value || null,
      })),
      income: rows("income").map((row) => ({
        member: number(part(row, "member")),
        type: part(row, "type").value,
        amount: number(part(row, "amount")),
        frequency: part(row, "frequency").value,
      })),
      resources: rows("resources").map((row) => ({
        type: part(row, "type").value,
        value: number(part(row, "value")),
        exempt: part(row, "exempt").checked,
        description: text(part(row, "description")),
      })),
      contact: Object.values(contact).some((v) => v) ? contact : null,
      notes: text($("case-notes")),
    };
  }

  // --- prefilling from a determination's facts ---

  // "LawfulPermanentResident", "lawful-permanent-resident" and "lawful_permanent_resident" all become the form's token.
  const token = (value) => String(value ?? "").replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/[_\s]+/g, "-").toLowerCase();
  const setText = (node, value) => { node.value = value ?? ""; };

  function reset() {
    $("case-form").reset();
    for (const list of ["household", "income", "resources"]) rows(list).forEach((row) => row.remove());
    addRow("household");
    const now = new Date();
    $("case-month").value = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
    renumber();
    problems.clear();
  }

  function fill(facts) {
    reset();
    setText($("case-reference"), facts.caseReference);
    $("case-program").value = token(facts.program) === "non-magi" ? "non-magi" : "magi";
    $("case-county").value = COUNTIES.find((c) => c.toLowerCase() === String(facts.county ?? "").toLowerCase()) || "";
    setText($("case-month"), String(facts.benefitMonth ?? "").slice(0, 7));
    // The applicant's row comes first in the form; income positions follow the members when the order changes.
    const household = facts.household ?? [];
    const order = household.map((_, i) => i).sort((a, b) => (token(household[b].relationship) === "self") - (token(household[a].relationship) === "self"));
    order.forEach((from, i) => {
      const m = household[from];
      const row = i === 0 ? rows("household")[0] : addRow("household");
      setText(part(row, "name"), m.name);
      setText(part(row, "age"), m.age);
      if (i > 0) part(row, "relationship").value = token(m.relationship);
      for (const flag of ["pregnant", "disabled", "blind"]) part(row, flag).checked = !!m[flag];
      part(row, "immigrationStatus").value = token(m.immigrationStatus) || "unknown";
      setText(part(row, "ssn"), m.ssn);
      setText(part(row, "cin"), m.cin);
      setText(part(row, "dateOfBirth"), m.dateOfBirth ? String(m.dateOfBirth).slice(0, 10) : "");
      if (m.ssn || m.cin || m.dateOfBirth) row.querySelector(".identifiers").open = true;
    });
    for (const income of facts.income ?? []) {
      const row = addRow("income");
      // The stored facts name the member by index (0 is the first); the form by position (1 is the first).
      part(row, "member").dataset.pending = String(order.indexOf(Number(income.member)) + 1);
      part(row, "type").value = token(income.type);
      setText(part(row, "amount"), income.amount);
      part(row, "frequency").value = token(income.frequency);
    }
    for (const resource of facts.resources ?? []) {
      const row = addRow("resources");
      part(row, "type").value = token(resource.type);
      setText(part(row, "value"), resource.value);
      part(row, "exempt").checked = !!resource.exempt;
      setText(part(row, "description"), resource.description);
    }
    setText($("contact-phone"), facts.contact?.phone);
    setText($("contact-email"), facts.contact?.email);
    setText($("contact-address"), facts.contact?.address);
    if (facts.contact && Object.values(facts.contact).some((v) => v)) $("contact-phone").closest("details").open = true;
    setText($("case-notes"), facts.notes);
    renumber();
  }

  function init() {
    $("case-county").append(new Option("Choose a county…", ""), ...COUNTIES.map((c) => new Option(c, c)));
    $("add-member").addEventListener("click", () => addRow("household", true));
    $("add-income").addEventListener("click", () => addRow("income", true));
    $("add-resource").addEventListener("click", () => addRow("resources", true));
    reset();
  }

  init();
  return { collect, fill, reset };
})();
