// Notices in the panel: a final determination flagged because a newly published manual version changed text it
// cited, or feedback that policy staff resolved. Shown when the panel connects (so at every sign-in, until
// dismissed) and pushed live over the hub while it is open.
"use strict";
(() => {
  const box = () => document.getElementById("notices");
  const shown = new Set();

  function render(notice) {
    if (shown.has(notice.id)) return;
    shown.add(notice.id);
    const { el } = window.EligibilityPanel;
    const item = el("div", `notice ${notice.kind}`);
    item.dataset.notice = notice.id;
    item.append(el("strong", null, notice.kind === "determination-flagged" ? "Review needed" : "Feedback resolved"), document.createTextNode(" "), el("span", null, notice.text));
    const dismiss = el("button", "link", "Dismiss");
    dismiss.type = "button";
    dismiss.addEventListener("click", async () => {
      const response = await fetch(`/api/notices/${encodeURIComponent(notice.id)}/dismiss`, { method: "POST", credentials: "same-origin", headers: { "X-Requested-With": "panel" } });
      if (response.ok || response.status === 404) { item.remove(); box().hidden = !box().children.length; }
    });
    item.append(dismiss);
    box().prepend(item);
    box().hidden = false;
  }

  document.addEventListener("panel:connected", async () => {
    const connection = window.EligibilityPanel.connection();
    connection?.on("notice", render);
    const response = await fetch("/api/notices", { credentials: "same-origin" });
    if (response.ok) for (const notice of (await response.json()).reverse()) render(notice);
  });
})();
