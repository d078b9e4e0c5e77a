// The admin page's uploads: the form (one row of manual id, title, version and effective date per file, or a
// manifest), the receipts, and the table of ingestion jobs that SignalR keeps current.
"use strict";
(() => {
  const admin = window.EligibilityAdmin;
  const { $, el, api, state } = admin;
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

  admin.uploads = { load: loadUploads, render: renderUploads };
  $("files").addEventListener("change", offered);
  $("upload").addEventListener("submit", upload);
})();
