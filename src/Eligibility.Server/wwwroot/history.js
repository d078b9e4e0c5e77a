// Earlier conversations: listed newest first once connected, searchable by their words (questions and answers),
// and reopened with their citations. Uses window.EligibilityPanel from panel.js.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const { el, showConversation, connection } = window.EligibilityPanel;
  let searching = 0;

  async function load() {
    const hub = connection();
    if (!hub) return;
    const words = $("history-search").value.trim();
    const ticket = ++searching;
    try {
      const found = words ? await hub.invoke("SearchConversations", words) : await hub.invoke("ListConversations");
      if (ticket !== searching) return;
      render(found, words);
    } catch (error) {
      $("history-list").replaceChildren(el("li", "error", `Could not load earlier conversations: ${error.message}`));
    }
  }

  function render(conversations, words) {
    const list = $("history-list");
    list.replaceChildren();
    if (!conversations.length) {
      list.append(el("li", "muted", words ? `No conversation mentions “${words}”.` : "None yet."));
      return;
    }
    for (const c of conversations) {
      const item = el("li");
      const open = el("button", "link history-open", c.title);
      open.type = "button";
      open.addEventListener("click", () => reopen(c.id));
      item.append(open, el("span", "muted history-when", new Date(c.updatedAt).toLocaleString()));
      list.append(item);
    }
  }

  async function reopen(id) {
    try {
      showConversation(await connection().invoke("GetConversation", id));
      $("history").open = false;
    } catch (error) {
      $("history-list").prepend(el("li", "error", `Could not open it: ${error.message}`));
    }
  }

  let timer = null;
  $("history-search").addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(load, 250); });
  document.addEventListener("panel:connected", load);
  document.addEventListener("panel:answered", load);
})();
